from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Optional

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .extensions import db


class Patient(db.Model):
    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(160))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    phone: Mapped[Optional[str]] = mapped_column(String(32))
    date_of_birth: Mapped[Optional[dt.date]]
    nhs_number: Mapped[Optional[str]] = mapped_column(String(12))
    postcode: Mapped[Optional[str]] = mapped_column(String(10))
    audiogram_notes: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=dt.datetime.utcnow)

    orders: Mapped[list["AidOrder"]] = relationship(back_populates="patient")

    def __repr__(self) -> str:
        return f"<Patient {self.id} {self.full_name} <{self.email}> dob={self.date_of_birth}>"


class PaymentMethod(db.Model):
    __tablename__ = "payment_methods"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    gateway_token: Mapped[str] = mapped_column(String(64))
    brand: Mapped[str] = mapped_column(String(16))
    last4: Mapped[str] = mapped_column(String(4))
    exp_month: Mapped[int]
    exp_year: Mapped[int]

    def __repr__(self) -> str:
        return f"<PaymentMethod {self.brand} ****{self.last4}>"


class PhoneOrderCard(db.Model):
    """Card details read out over the phone by patients who cannot use the portal."""

    __tablename__ = "phone_order_cards"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("aid_orders.id"))
    cardholder: Mapped[str] = mapped_column(String(120))
    pan: Mapped[str] = mapped_column(String(19))
    security_code: Mapped[str] = mapped_column(String(4))
    expiry: Mapped[str] = mapped_column(String(5))
    taken_by: Mapped[str] = mapped_column(String(80))


class AidOrder(db.Model):
    __tablename__ = "aid_orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    device_model: Mapped[str] = mapped_column(String(60))
    ear: Mapped[str] = mapped_column(String(5))
    total: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    status: Mapped[str] = mapped_column(String(20), default="quoted")
    card_bin: Mapped[Optional[str]] = mapped_column(String(6))
    card_last4: Mapped[Optional[str]] = mapped_column(String(4))

    patient: Mapped[Patient] = relationship(back_populates="orders")


class BatteryVoucher(db.Model):
    __tablename__ = "battery_vouchers"

    id: Mapped[int] = mapped_column(primary_key=True)
    voucher_card_number: Mapped[str] = mapped_column(String(20), unique=True)
    pin: Mapped[str] = mapped_column(String(8))
    balance_packs: Mapped[int] = mapped_column(default=12)
