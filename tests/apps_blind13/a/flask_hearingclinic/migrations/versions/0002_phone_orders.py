"""phone order cards

Revision ID: 0002
Revises: 0001
Create Date: 2026-04-18 16:40:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "phone_order_cards",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("order_id", sa.Integer, sa.ForeignKey("aid_orders.id"), nullable=False),
        sa.Column("cardholder", sa.String(120), nullable=False),
        sa.Column("pan", sa.String(19), nullable=False),
        sa.Column("security_code", sa.String(4), nullable=False),
        sa.Column("expiry", sa.String(5), nullable=False),
        sa.Column("taken_by", sa.String(80), nullable=False),
    )
    op.execute(
        "INSERT INTO phone_order_cards (order_id, cardholder, pan, security_code, expiry, taken_by) "
        "SELECT o.id, p.full_name, l.card_no, l.cv2, l.exp, 'legacy-import' "
        "FROM legacy_phone_orders l JOIN aid_orders o ON o.id = l.order_ref JOIN patients p ON p.id = o.patient_id"
    )


def downgrade():
    op.drop_table("phone_order_cards")
