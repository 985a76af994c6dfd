"""SQLAlchemy Core table definitions (the migrations in /migrations are authoritative for DDL)."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    func,
)

metadata = MetaData()

owners = Table(
    "owners",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("full_name", String(120), nullable=False),
    Column("email", String(254), nullable=False, unique=True),
    Column("phone", String(32)),
    Column("street", String(200)),
    Column("postcode", String(12)),
    Column("created_at", DateTime(timezone=True), server_default=func.now()),
)

pets = Table(
    "pets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("owner_id", ForeignKey("owners.id"), nullable=False),
    Column("name", String(80), nullable=False),
    Column("species", String(40)),
    Column("microchip", String(15)),
    Column("born_on", Date),
)

deposit_cards = Table(
    "deposit_cards",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("owner_id", ForeignKey("owners.id"), nullable=False),
    Column("holder_name", String(120)),
    Column("pan", String(19), nullable=False),
    Column("exp_month", Integer),
    Column("exp_year", Integer),
    Column("card_code", String(4)),
    Column("brand", String(16)),
    Column("is_default", Boolean, default=False),
)

card_tokens = Table(
    "card_tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("owner_id", ForeignKey("owners.id"), nullable=False),
    Column("gateway_token", String(64), nullable=False),
    Column("pan_last4", String(4)),
    Column("pan_bin", String(6)),
    Column("fingerprint_sha256", String(64)),
)

deposits = Table(
    "deposits",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("booking_id", Integer, nullable=False),
    Column("amount", Numeric(10, 2), nullable=False),
    Column("processor_ref", String(40)),
    Column("note", Text),
)
