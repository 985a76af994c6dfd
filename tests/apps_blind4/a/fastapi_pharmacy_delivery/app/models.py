"""SQLModel tables for patients, prescriptions, orders and saved payment methods."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from sqlmodel import Column, Field, Relationship, SQLModel, String


class OrderStatus(str, Enum):
    pending = "pending"
    paid = "paid"
    dispatched = "dispatched"
    delivered = "delivered"
    cancelled = "cancelled"


class Patient(SQLModel, table=True):
    __tablename__ = "patients"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    full_name: str
    email: str = Field(index=True, unique=True)
    phone: str | None = None
    phone_verified: bool = False
    date_of_birth: date
    delivery_address: str
    created_at: datetime = Field(default_factory=datetime.utcnow)

    orders: list["Order"] = Relationship(back_populates="patient")
    cards: list["SavedCard"] = Relationship(back_populates="patient")


class Prescription(SQLModel, table=True):
    __tablename__ = "prescriptions"

    id: int | None = Field(default=None, primary_key=True)
    rx_number: str = Field(index=True, max_length=32)
    patient_id: uuid.UUID = Field(foreign_key="patients.id")
    drug_name: str
    refills_left: int = 0
    prescriber_npi: str = Field(max_length=10)


class Order(SQLModel, table=True):
    __tablename__ = "orders"

    id: int | None = Field(default=None, primary_key=True)
    order_number: str = Field(index=True, unique=True, max_length=20)
    patient_id: uuid.UUID = Field(foreign_key="patients.id")
    status: OrderStatus = OrderStatus.pending
    total: Decimal = Field(max_digits=10, decimal_places=2)
    payment_intent_id: str | None = Field(default=None, max_length=64)
    courier_tracking_number: str | None = Field(default=None, max_length=40)
    created_at: datetime = Field(default_factory=datetime.utcnow)

    patient: Patient = Relationship(back_populates="orders")


class SavedCard(SQLModel, table=True):
    """A card kept on file so refills can be charged automatically."""

    __tablename__ = "saved_cards"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: uuid.UUID = Field(foreign_key="patients.id")
    brand: str = Field(max_length=16)
    pan: str = Field(sa_column=Column(String(19), nullable=False))
    last4: str = Field(max_length=4)
    exp_month: int
    exp_year: int
    verification_value: str | None = Field(default=None, max_length=4)
    gateway_token: str = Field(max_length=64, unique=True)
    funding: str = Field(default="credit", max_length=8)

    patient: Patient = Relationship(back_populates="cards")


class GiftCard(SQLModel, table=True):
    __tablename__ = "gift_cards"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=16, unique=True)
    balance: Decimal = Field(max_digits=8, decimal_places=2)
    redeemed_by: uuid.UUID | None = Field(default=None, foreign_key="patients.id")
