"""initial schema

Revision ID: 2f1c9a7d0b11
Revises:
Create Date: 2024-02-12 09:41:07.118223
"""
import sqlalchemy as sa
from alembic import op

revision = "2f1c9a7d0b11"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "patients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("email"),
    )
    op.create_table(
        "payment_cards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("cardholder", sa.String(length=120), nullable=True),
        sa.Column("card_number", sa.String(length=19), nullable=False),
        sa.Column("cvv", sa.String(length=4), nullable=True),
        sa.Column("last4", sa.String(length=4), nullable=False),
        sa.Column("bin", sa.String(length=6), nullable=True),
        sa.Column("vault_token", sa.String(length=64), nullable=True),
        sa.Column("exp_month", sa.SmallInteger(), nullable=True),
        sa.Column("exp_year", sa.SmallInteger(), nullable=True),
        sa.ForeignKeyConstraint(["patient_id"], ["patients.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("vault_token"),
    )
    op.create_table(
        "refill_orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("rx_number", sa.String(length=20), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("payment_card_id", sa.Integer(), nullable=True),
        sa.Column("charge_reference", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(["patient_id"], ["patients.id"]),
        sa.ForeignKeyConstraint(["payment_card_id"], ["payment_cards.id"]),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("refill_orders")
    op.drop_table("payment_cards")
    op.drop_table("patients")
