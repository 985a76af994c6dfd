"""deposit holds

Revision ID: 3f1c2a9b7d10
Revises: 1a0e4c8d2b55
Create Date: 2024-05-02 10:14:09.118204
"""

import sqlalchemy as sa
from alembic import op

revision = "3f1c2a9b7d10"
down_revision = "1a0e4c8d2b55"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deposit_holds",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("renter_id", sa.Integer(), sa.ForeignKey("renters.id"), nullable=False),
        sa.Column("card_number", sa.String(length=19), nullable=False),
        sa.Column("card_exp", sa.String(length=5), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("auth_code", sa.String(length=12)),
        sa.Column("released", sa.Boolean(), server_default=sa.false()),
    )
    op.add_column("rentals", sa.Column("card_summary", sa.String(length=4)))


def downgrade() -> None:
    op.drop_column("rentals", "card_summary")
    op.drop_table("deposit_holds")
