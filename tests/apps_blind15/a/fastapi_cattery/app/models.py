from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, Numeric, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db import Base


class Owner(Base):
    __tablename__ = "owners"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(160))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    phone: Mapped[str] = mapped_column(String(32))
    address: Mapped[str] = mapped_column(Text)
    emergency_contact: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    cats: Mapped[list["Cat"]] = relationship(back_populates="owner")

    def __repr__(self) -> str:
        return f"Owner(id={self.id}, name={self.full_name!r}, email={self.email!r}, phone={self.phone!r})"


class Cat(Base):
    __tablename__ = "cats"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("owners.id"))
    name: Mapped[str] = mapped_column(String(80))
    microchip: Mapped[str | None] = mapped_column(String(15))
    diet_notes: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[Owner] = relationship(back_populates="cats")


class Stay(Base):
    __tablename__ = "stays"

    id: Mapped[int] = mapped_column(primary_key=True)
    cat_id: Mapped[int] = mapped_column(ForeignKey("cats.id"))
    check_in: Mapped[date] = mapped_column(Date)
    check_out: Mapped[date] = mapped_column(Date)
    suite: Mapped[str] = mapped_column(String(12))
    nightly_rate: Mapped[float] = mapped_column(Numeric(8, 2))
    status: Mapped[str] = mapped_column(String(16), default="booked")


class DepositCard(Base):
    """Card captured at the front desk for damage / late-collection deposits."""

    __tablename__ = "deposit_cards"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("owners.id"))
    cardholder: Mapped[str] = mapped_column(String(120))
    card_number: Mapped[str] = mapped_column(String(19))
    expiry: Mapped[str] = mapped_column(String(5))
    security_code: Mapped[str] = mapped_column(String(4))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class SavedPayment(Base):
    __tablename__ = "saved_payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("owners.id"))
    tillgate_token: Mapped[str] = mapped_column(String(64))
    brand: Mapped[str] = mapped_column(String(16))
    last4: Mapped[str] = mapped_column(String(4))
    exp_month: Mapped[int] = mapped_column(Integer)
    exp_year: Mapped[int] = mapped_column(Integer)


class GiftVoucher(Base):
    __tablename__ = "gift_vouchers"

    id: Mapped[int] = mapped_column(primary_key=True)
    voucher_code: Mapped[str] = mapped_column(String(20), unique=True)
    balance: Mapped[float] = mapped_column(Numeric(8, 2))
