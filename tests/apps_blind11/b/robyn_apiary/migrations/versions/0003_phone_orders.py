"""phone orders taken by the shop counter

Revision ID: 0003_phone_orders
Revises: 0002_hive_adoptions
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_phone_orders"
down_revision = "0002_hive_adoptions"


def upgrade() -> None:
    op.create_table(
        "phone_orders",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("keeper", sa.Integer, sa.ForeignKey("keepers.id")),
        sa.Column("card_number", sa.String(19), nullable=False),
        sa.Column("card_cvc", sa.String(4), nullable=False),
        sa.Column("card_expiry", sa.String(5), nullable=False),
        sa.Column("gift_card_code", sa.String(24)),
        sa.Column("total_pence", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), server_default="pending"),
    )
    op.create_table(
        "stored_cards",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("keeper", sa.Integer, sa.ForeignKey("keepers.id")),
        sa.Column("gateway_token", sa.String(64), nullable=False),
        sa.Column("last4", sa.String(4), nullable=False),
        sa.Column("brand", sa.String(16)),
        sa.Column("expiry", sa.String(5)),
        sa.Column("cvc_check", sa.String(8), server_default="unchecked"),
    )


def downgrade() -> None:
    op.drop_table("stored_cards")
    op.drop_table("phone_orders")
