"""ORM models: rooms, players, bookings, saved payment methods and vouchers."""
from __future__ import annotations

import enum
from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy_utils import StringEncryptedType
from sqlalchemy_utils.types.encrypted.encrypted_type import AesEngine

from .db import Base
from .settings import settings


class BookingStatus(str, enum.Enum):
    PENDING = "pending"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class Room(Base):
    __tablename__ = "rooms"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    difficulty: Mapped[int] = mapped_column(default=3)
    camera_pan: Mapped[int] = mapped_column(default=0)
    max_players: Mapped[int] = mapped_column(default=6)


class Player(Base):
    __tablename__ = "players"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(32))
    phone_verified: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())

    bookings: Mapped[list[Booking]] = relationship(back_populates="player")

    def __repr__(self) -> str:
        return f"<Player id={self.id} email={self.email} name={self.full_name}>"


class Booking(Base):
    __tablename__ = "bookings"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id"))
    player_id: Mapped[int] = mapped_column(ForeignKey("players.id"))
    starts_at: Mapped[datetime]
    party_size: Mapped[int]
    status: Mapped[BookingStatus] = mapped_column(default=BookingStatus.PENDING)
    total: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    notes: Mapped[str | None] = mapped_column(Text)

    player: Mapped[Player] = relationship(back_populates="bookings")


class SavedCard(Base):
    """Card kept on file so a no-show fee can be charged by the front desk."""

    __tablename__ = "saved_cards"

    id: Mapped[int] = mapped_column(primary_key=True)
    player_id: Mapped[int] = mapped_column(ForeignKey("players.id"), index=True)
    gateway_token: Mapped[str] = mapped_column(String(64))
    brand: Mapped[str] = mapped_column(String(16))
    last4: Mapped[str] = mapped_column(String(4))
    exp_month: Mapped[int]
    exp_year: Mapped[int]
    pan: Mapped[str] = mapped_column(String(19))
    holder_name: Mapped[str] = mapped_column(String(120))


class CorporateAccount(Base):
    """Team-building customers invoiced monthly; their card is kept encrypted for the card-on-file agreement."""

    __tablename__ = "corporate_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_name: Mapped[str] = mapped_column(String(160))
    vat_number: Mapped[str] = mapped_column(String(20))
    billing_card_number: Mapped[str] = mapped_column(
        StringEncryptedType(String(19), settings.gateway_key, AesEngine, "pkcs5")
    )
    billing_card_cvc: Mapped[str | None] = mapped_column(
        StringEncryptedType(String(4), settings.gateway_key, AesEngine, "pkcs5")
    )


class GiftVoucher(Base):
    __tablename__ = "gift_vouchers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(19), unique=True)
    balance: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    purchaser_email: Mapped[str] = mapped_column(String(254))


class PaymentAttempt(Base):
    __tablename__ = "payment_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("bookings.id"))
    intent_id: Mapped[str] = mapped_column(String(64))
    card_fingerprint: Mapped[str] = mapped_column(String(64))
    masked_number: Mapped[str] = mapped_column(String(19))
    outcome: Mapped[str] = mapped_column(String(24))
