from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Numeric, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )


class Client(TimestampMixin, Base):
    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[uuid.UUID] = mapped_column(default=uuid.uuid4, unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str] = mapped_column(String(32))
    date_of_birth: Mapped[date] = mapped_column(Date)
    address_line: Mapped[str] = mapped_column(String(300))
    postcode: Mapped[str] = mapped_column(String(10))
    nhs_number: Mapped[str | None] = mapped_column(String(12))
    funding: Mapped[str] = mapped_column(String(20), default="private")
    care_notes: Mapped[str | None] = mapped_column(Text)

    contacts: Mapped[list[FamilyContact]] = relationship(back_populates="client")
    cards: Mapped[list[ClientCard]] = relationship(back_populates="client")

    def __repr__(self) -> str:
        return f"<Client {self.id} {self.full_name} <{self.email}> dob={self.date_of_birth}>"


class FamilyContact(Base):
    __tablename__ = "family_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    name: Mapped[str] = mapped_column(String(200))
    relationship_to_client: Mapped[str] = mapped_column(String(40))
    phone: Mapped[str] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    is_payer: Mapped[bool] = mapped_column(default=False)

    client: Mapped[Client] = relationship(back_populates="contacts")

    def __repr__(self) -> str:
        return f"<FamilyContact {self.id} client={self.client_id} payer={self.is_payer}>"


class ClientCard(TimestampMixin, Base):
    """Card on file for private-pay invoices; the number lives in the Tallypay vault."""

    __tablename__ = "client_cards"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    vault_token: Mapped[str] = mapped_column(String(64), unique=True)
    brand: Mapped[str] = mapped_column(String(16))
    last4: Mapped[str] = mapped_column(String(4))
    exp_month: Mapped[int]
    exp_year: Mapped[int]

    client: Mapped[Client] = relationship(back_populates="cards")

    def __repr__(self) -> str:
        return f"<ClientCard {self.id} {self.brand} ****{self.last4}>"


class PhonePayment(TimestampMixin, Base):
    """A payment a family member reads out over the phone to the office.

    Kept until Tallypay confirms the capture so the office can retry a declined call.
    """

    __tablename__ = "phone_payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    taken_by: Mapped[str] = mapped_column(String(64))
    payer_name: Mapped[str] = mapped_column(String(200))
    card_number: Mapped[str] = mapped_column(String(19))
    card_cvc: Mapped[str | None] = mapped_column(String(4))
    card_expiry: Mapped[str] = mapped_column(String(5))
    amount: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    gateway_ref: Mapped[str | None] = mapped_column(String(64))

    def __repr__(self) -> str:
        return f"<PhonePayment {self.id} client={self.client_id} status={self.status}>"


class Visit(Base):
    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    carer_id: Mapped[int]
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    minutes: Mapped[int] = mapped_column(default=30)
    tasks: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="planned")
