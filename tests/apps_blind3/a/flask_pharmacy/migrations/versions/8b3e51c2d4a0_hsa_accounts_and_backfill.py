"""hsa accounts, legacy card import

Revision ID: 8b3e51c2d4a0
Revises: 2f1c9a7d0b11
Create Date: 2024-04-03 16:02:51.440019
"""
import sqlalchemy as sa
import sqlalchemy_utils
from alembic import op

revision = "8b3e51c2d4a0"
down_revision = "2f1c9a7d0b11"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hsa_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("hsa_pan", sqlalchemy_utils.types.encrypted.encrypted_type.StringEncryptedType(), nullable=True),
        sa.Column("hsa_pan_last4", sa.String(length=4), nullable=True),
        sa.Column("administrator", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(["patient_id"], ["patients.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.add_column("refill_orders", sa.Column("legacy_card_code", sa.String(length=4), nullable=True))
    op.execute(
        """
        INSERT INTO payment_cards (patient_id, card_number, last4, exp_month, exp_year)
        SELECT l.patient_id, l.acct_no, RIGHT(l.acct_no, 4), l.exp_mm, l.exp_yy
        FROM legacy_rx_cards l
        """
    )


def downgrade() -> None:
    op.drop_column("refill_orders", "legacy_card_code")
    op.drop_table("hsa_accounts")
