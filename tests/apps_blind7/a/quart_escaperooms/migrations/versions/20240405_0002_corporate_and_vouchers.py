"""corporate accounts, gift vouchers, payment attempts

Revision ID: 0002
Revises: 0001
Create Date: 2024-04-05 16:40:21
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy_utils import StringEncryptedType

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corporate_accounts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("company_name", sa.String(160), nullable=False),
        sa.Column("vat_number", sa.String(20), nullable=False),
        sa.Column("billing_card_number", StringEncryptedType(sa.String(19)), nullable=False),
        sa.Column("billing_card_cvc", StringEncryptedType(sa.String(4))),
    )
    op.create_table(
        "gift_vouchers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(19), nullable=False, unique=True),
        sa.Column("balance", sa.Numeric(8, 2), nullable=False),
        sa.Column("purchaser_email", sa.String(254), nullable=False),
    )
    op.create_table(
        "payment_attempts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("booking_id", sa.Integer(), sa.ForeignKey("bookings.id"), nullable=False),
        sa.Column("intent_id", sa.String(64), nullable=False),
        sa.Column("card_fingerprint", sa.String(64), nullable=False),
        sa.Column("masked_number", sa.String(19), nullable=False),
        sa.Column("outcome", sa.String(24), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("payment_attempts")
    op.drop_table("gift_vouchers")
    op.drop_table("corporate_accounts")
