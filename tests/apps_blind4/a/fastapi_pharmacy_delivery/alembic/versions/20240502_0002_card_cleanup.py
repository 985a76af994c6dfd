"""drop verification_value, keep card fingerprint for dedupe

Revision ID: 8e44d2a1c0f3
Revises: 3b1f0c9a7d21
Create Date: 2024-05-02 16:40:02.551903
"""
from alembic import op
import sqlalchemy as sa

revision = "8e44d2a1c0f3"
down_revision = "3b1f0c9a7d21"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_column("saved_cards", "verification_value")
    op.add_column("saved_cards", sa.Column("fingerprint", sa.String(length=64), nullable=True))
    op.add_column("saved_cards", sa.Column("first6", sa.String(length=6), nullable=True))
    op.execute("UPDATE saved_cards SET first6 = substr(pan, 1, 6)")


def downgrade() -> None:
    op.drop_column("saved_cards", "first6")
    op.drop_column("saved_cards", "fingerprint")
    op.add_column("saved_cards", sa.Column("verification_value", sa.String(length=4), nullable=True))
