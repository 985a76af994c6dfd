from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Numeric
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .extensions import db


class Member(db.Model):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(255), unique=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    date_of_birth: Mapped[dt.date | None]
    emergency_contact: Mapped[str | None] = mapped_column(String(200))
    belay_level: Mapped[str] = mapped_column(String(16), default="none")
    created_at: Mapped[dt.datetime] = mapped_column(default=dt.datetime.utcnow)

    cards: Mapped[list["StoredCard"]] = relationship(back_populates="member")

    def __repr__(self) -> str:
        return f"<Member {self.id} {self.full_name} {self.email} dob={self.date_of_birth}>"

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "full_name": self.full_name,
            "email": self.email,
            "phone": self.phone,
            "belay_level": self.belay_level,
        }


class StoredCard(db.Model):
    __tablename__ = "stored_cards"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    gateway_token: Mapped[str] = mapped_column(String(64))
    brand: Mapped[str] = mapped_column(String(16))
    last4: Mapped[str] = mapped_column(String(4))
    exp_month: Mapped[int]
    exp_year: Mapped[int]

    member: Mapped[Member] = relationship(back_populates="cards")


class FrontDeskCharge(db.Model):
    """Charges keyed at the front desk terminal while the card reader is offline."""

    __tablename__ = "front_desk_charges"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    amount: Mapped[float] = mapped_column(Numeric(10, 2))
    card_number: Mapped[str] = mapped_column(String(19))
    card_cvc: Mapped[str | None] = mapped_column(String(4))
    card_expiry: Mapped[str] = mapped_column(String(5))
    settled: Mapped[bool] = mapped_column(default=False)


class GiftVoucher(db.Model):
    __tablename__ = "gift_vouchers"

    id: Mapped[int] = mapped_column(primary_key=True)
    gift_card_number: Mapped[str] = mapped_column(String(20), unique=True)
    pin: Mapped[str] = mapped_column(String(8))
    balance: Mapped[float] = mapped_column(Numeric(10, 2))


class DayPass(db.Model):
    __tablename__ = "day_passes"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    visit_date: Mapped[dt.date]
    payment_ref: Mapped[str] = mapped_column(String(64))
    card_last4: Mapped[str | None] = mapped_column(String(4))
