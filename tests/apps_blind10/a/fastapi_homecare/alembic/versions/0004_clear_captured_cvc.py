"""clear security codes of captured phone payments

Revision ID: 0004
Revises: 0003
Create Date: 2025-08-21 16:22:10
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE phone_payments SET card_cvc = NULL WHERE status IN ('captured', 'refunded')")


def downgrade() -> None:
    pass
