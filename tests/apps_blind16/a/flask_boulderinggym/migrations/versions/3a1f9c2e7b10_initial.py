"""initial schema

Revision ID: 3a1f9c2e7b10
Revises:
Create Date: 2025-02-11 09:14:22
"""
import sqlalchemy as sa
from alembic import op

revision = "3a1f9c2e7b10"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "members",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("full_name", sa.String(120), nullable=False),
        sa.Column("email", sa.String(255), nullable=False, unique=True),
        sa.Column("phone", sa.String(32)),
        sa.Column("date_of_birth", sa.Date),
        sa.Column("emergency_contact", sa.String(200)),
        sa.Column("belay_level", sa.String(16), nullable=False, server_default="none"),
        sa.Column("created_at", sa.DateTime, nullable=False, server_default=sa.func.now()),
    )
    op.create_table(
        "stored_cards",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("member_id", sa.Integer, sa.ForeignKey("members.id"), nullable=False),
        sa.Column("gateway_token", sa.String(64), nullable=False),
        sa.Column("brand", sa.String(16), nullable=False),
        sa.Column("last4", sa.String(4), nullable=False),
        sa.Column("exp_month", sa.Integer, nullable=False),
        sa.Column("exp_year", sa.Integer, nullable=False),
    )
    op.create_table(
        "gift_vouchers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("gift_card_number", sa.String(20), nullable=False, unique=True),
        sa.Column("pin", sa.String(8), nullable=False),
        sa.Column("balance", sa.Numeric(10, 2), nullable=False),
    )
    op.create_table(
        "day_passes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("member_id", sa.Integer, sa.ForeignKey("members.id"), nullable=False),
        sa.Column("visit_date", sa.Date, nullable=False),
        sa.Column("payment_ref", sa.String(64), nullable=False),
        sa.Column("card_last4", sa.String(4)),
    )


def downgrade():
    op.drop_table("day_passes")
    op.drop_table("gift_vouchers")
    op.drop_table("stored_cards")
    op.drop_table("members")
