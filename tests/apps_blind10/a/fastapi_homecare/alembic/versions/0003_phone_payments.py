"""phone payments taken by the office

Revision ID: 0003
Revises: 0002
Create Date: 2025-06-09 11:05:31
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "phone_payments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("client_id", sa.Integer, sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("taken_by", sa.String(64), nullable=False),
        sa.Column("payer_name", sa.String(200), nullable=False),
        sa.Column("card_number", sa.String(19), nullable=False),
        sa.Column("card_cvc", sa.String(4)),
        sa.Column("card_expiry", sa.String(5), nullable=False),
        sa.Column("amount", sa.Numeric(10, 2), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, server_default="pending"),
        sa.Column("gateway_ref", sa.String(64)),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
    )
    op.create_index("ix_phone_payments_status", "phone_payments", ["status"])


def downgrade() -> None:
    op.drop_index("ix_phone_payments_status", table_name="phone_payments")
    op.drop_table("phone_payments")
