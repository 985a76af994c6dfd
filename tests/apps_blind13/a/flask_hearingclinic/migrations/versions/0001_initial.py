"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-03-02 09:14:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "patients",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("full_name", sa.String(160), nullable=False),
        sa.Column("email", sa.String(254), nullable=False, unique=True),
        sa.Column("phone", sa.String(32)),
        sa.Column("date_of_birth", sa.Date),
        sa.Column("nhs_number", sa.String(12)),
        sa.Column("postcode", sa.String(10)),
        sa.Column("audiogram_notes", sa.Text),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "aid_orders",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("patient_id", sa.Integer, sa.ForeignKey("patients.id"), nullable=False),
        sa.Column("device_model", sa.String(60), nullable=False),
        sa.Column("ear", sa.String(5), nullable=False),
        sa.Column("total", sa.Numeric(10, 2), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("card_bin", sa.String(6)),
        sa.Column("card_last4", sa.String(4)),
    )
    op.create_table(
        "payment_methods",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("patient_id", sa.Integer, sa.ForeignKey("patients.id"), nullable=False),
        sa.Column("gateway_token", sa.String(64), nullable=False),
        sa.Column("brand", sa.String(16), nullable=False),
        sa.Column("last4", sa.String(4), nullable=False),
        sa.Column("exp_month", sa.Integer, nullable=False),
        sa.Column("exp_year", sa.Integer, nullable=False),
    )
    op.create_table(
        "battery_vouchers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("voucher_card_number", sa.String(20), nullable=False, unique=True),
        sa.Column("pin", sa.String(8), nullable=False),
        sa.Column("balance_packs", sa.Integer, nullable=False),
    )


def downgrade():
    for name in ("battery_vouchers", "payment_methods", "aid_orders", "patients"):
        op.drop_table(name)
