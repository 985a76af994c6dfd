"""initial schema

Revision ID: 3b1f0c9a7d21
Revises:
Create Date: 2024-03-11 09:12:44.118204
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "3b1f0c9a7d21"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "patients",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("full_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("phone_verified", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("date_of_birth", sa.Date(), nullable=False),
        sa.Column("delivery_address", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_patients_email", "patients", ["email"], unique=True)

    op.create_table(
        "prescriptions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("rx_number", sa.String(length=32), nullable=False),
        sa.Column("patient_id", sa.Uuid(), sa.ForeignKey("patients.id"), nullable=False),
        sa.Column("drug_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("refills_left", sa.Integer(), nullable=False),
        sa.Column("prescriber_npi", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )

    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("order_number", sa.String(length=20), nullable=False),
        sa.Column("patient_id", sa.Uuid(), sa.ForeignKey("patients.id"), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("total", sa.Numeric(10, 2), nullable=False),
        sa.Column("payment_intent_id", sa.String(length=64), nullable=True),
        sa.Column("courier_tracking_number", sa.String(length=40), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("order_number"),
    )

    op.create_table(
        "saved_cards",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("patient_id", sa.Uuid(), sa.ForeignKey("patients.id", ondelete="CASCADE"), nullable=False),
        sa.Column("brand", sa.String(length=16), nullable=False),
        sa.Column("pan", sa.String(length=19), nullable=False),
        sa.Column("last4", sa.String(length=4), nullable=False),
        sa.Column("exp_month", sa.SmallInteger(), nullable=False),
        sa.Column("exp_year", sa.SmallInteger(), nullable=False),
        sa.Column("verification_value", sa.String(length=4), nullable=True),
        sa.Column("gateway_token", sa.String(length=64), nullable=False),
        sa.Column("funding", sa.String(length=8), nullable=False, server_default="credit"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("gateway_token"),
    )

    op.create_table(
        "gift_cards",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("balance", sa.Numeric(8, 2), nullable=False),
        sa.Column("redeemed_by", sa.Uuid(), sa.ForeignKey("patients.id"), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )


def downgrade() -> None:
    op.drop_table("gift_cards")
    op.drop_table("saved_cards")
    op.drop_table("orders")
    op.drop_table("prescriptions")
    op.drop_index("ix_patients_email", table_name="patients")
    op.drop_table("patients")
