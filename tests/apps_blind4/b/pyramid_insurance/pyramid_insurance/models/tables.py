"""SQLAlchemy Core table definitions; queries are written by hand in the services."""
from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    func,
)

metadata = MetaData()

policyholders = Table(
    "policyholders",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("email", String(254), nullable=False, unique=True),
    Column("full_name", String(200), nullable=False),
    Column("date_of_birth", Date),
    Column("phone", String(32)),
    Column("phone_verified", Boolean, server_default="false"),
    Column("created_at", DateTime(timezone=True), server_default=func.now()),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("policyholder_id", Integer, ForeignKey("policyholders.id")),
    Column("product_name", String(80), nullable=False),
    Column("premium", Numeric(10, 2)),
    Column("status", String(20), server_default="draft"),
)

payment_methods = Table(
    "payment_methods",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("policyholder_id", Integer, ForeignKey("policyholders.id"), nullable=False),
    Column("gateway_token", String(64), nullable=False),
    Column("card_brand", String(16)),
    Column("pan_last4", String(4)),
    Column("exp_month", Integer),
    Column("exp_year", Integer),
    Column("fingerprint_sha256", String(64)),
)

autopay_mandates = Table(
    "autopay_mandates",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("policy_id", Integer, nullable=False),
    Column("acct_number", String(19), nullable=False),
    Column("card_expiry", String(5)),
    Column("cvc2", String(4)),
    Column("day_of_month", Integer, server_default="1"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("policy_id", Integer, nullable=False),
    Column("description", Text),
    Column("refund_card_encrypted", LargeBinary),
    Column("claim_number", String(20), unique=True),
)
