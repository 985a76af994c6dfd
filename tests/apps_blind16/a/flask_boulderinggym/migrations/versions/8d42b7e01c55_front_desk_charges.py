"""front desk keyed charges (offline terminal fallback)

Revision ID: 8d42b7e01c55
Revises: 3a1f9c2e7b10
Create Date: 2025-04-02 17:40:05
"""
import sqlalchemy as sa
from alembic import op

revision = "8d42b7e01c55"
down_revision = "3a1f9c2e7b10"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "front_desk_charges",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("member_id", sa.Integer, sa.ForeignKey("members.id")),
        sa.Column("amount", sa.Numeric(10, 2), nullable=False),
        sa.Column("card_number", sa.String(19), nullable=False),
        sa.Column("card_cvc", sa.String(4)),
        sa.Column("card_expiry", sa.String(5), nullable=False),
        sa.Column("settled", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    # carry over charges captured on the old till export
    op.execute(
        """
        INSERT INTO front_desk_charges (member_id, amount, card_number, card_cvc, card_expiry, settled)
        SELECT member_id, amount, pan, cvv, expiry, false FROM legacy_till_offline
        """
    )
    op.execute("DROP TABLE IF EXISTS legacy_till_offline")


def downgrade():
    op.drop_table("front_desk_charges")
