"""import deposit cards from the old front-desk spreadsheet

Revision ID: 0002
Revises: 0001
Create Date: 2025-03-09 17:40:52
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.execute(
        "INSERT INTO deposit_cards (owner_id, cardholder, card_number, expiry, security_code) "
        "SELECT owner_id, holder, pan, exp, cvv FROM legacy_frontdesk_cards"
    )
    op.execute("DROP TABLE legacy_frontdesk_cards")
    op.create_table(
        "gift_vouchers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("voucher_code", sa.String(20), nullable=False, unique=True),
        sa.Column("balance", sa.Numeric(8, 2), nullable=False),
    )


def downgrade() -> None:
    pass
