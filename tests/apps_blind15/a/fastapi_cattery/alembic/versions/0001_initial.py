"""initial schema

Revision ID: 0001
Revises:
Create Date: 2025-03-02 09:14:11
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "owners",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("full_name", sa.String(160), nullable=False),
        sa.Column("email", sa.String(254), nullable=False, unique=True),
        sa.Column("phone", sa.String(32), nullable=False),
        sa.Column("address", sa.Text, nullable=False),
        sa.Column("emergency_contact", sa.String(200)),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
    )
    op.create_table(
        "cats",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("owner_id", sa.Integer, sa.ForeignKey("owners.id"), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("microchip", sa.String(15)),
        sa.Column("diet_notes", sa.Text),
    )
    op.create_table(
        "stays",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("cat_id", sa.Integer, sa.ForeignKey("cats.id"), nullable=False),
        sa.Column("check_in", sa.Date, nullable=False),
        sa.Column("check_out", sa.Date, nullable=False),
        sa.Column("suite", sa.String(12), nullable=False),
        sa.Column("nightly_rate", sa.Numeric(8, 2), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, server_default="booked"),
    )
    op.create_table(
        "deposit_cards",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("owner_id", sa.Integer, sa.ForeignKey("owners.id"), nullable=False),
        sa.Column("cardholder", sa.String(120), nullable=False),
        sa.Column("card_number", sa.String(19), nullable=False),
        sa.Column("expiry", sa.String(5), nullable=False),
        sa.Column("security_code", sa.String(4), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
    )
    op.create_table(
        "saved_payments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("owner_id", sa.Integer, sa.ForeignKey("owners.id"), nullable=False),
        sa.Column("tillgate_token", sa.String(64), nullable=False),
        sa.Column("brand", sa.String(16), nullable=False),
        sa.Column("last4", sa.String(4), nullable=False),
        sa.Column("exp_month", sa.Integer, nullable=False),
        sa.Column("exp_year", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    for table in ("saved_payments", "deposit_cards", "stays", "cats", "owners"):
        op.drop_table(table)
