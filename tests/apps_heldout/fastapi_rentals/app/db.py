from datetime import date, datetime

from sqlalchemy import ForeignKey, String, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

engine = create_engine("postgresql+psycopg://rentals@db/rentals")
SessionLocal = sessionmaker(engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


class Renter(Base):
    __tablename__ = "renters"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    full_name: Mapped[str]
    phone: Mapped[str | None]
    dob: Mapped[date | None]
    driving_licence_no: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)


class DepositHold(Base):
    """Security deposit pre-authorised on the renter's card at pick-up."""

    __tablename__ = "deposit_holds"

    id: Mapped[int] = mapped_column(primary_key=True)
    renter_id: Mapped[int] = mapped_column(ForeignKey("renters.id"))
    card_number: Mapped[str] = mapped_column(String(19))
    card_exp: Mapped[str] = mapped_column(String(5))
    amount_cents: Mapped[int]
    auth_code: Mapped[str | None] = mapped_column(String(12))
    released: Mapped[bool] = mapped_column(default=False)


class Rental(Base):
    __tablename__ = "rentals"

    id: Mapped[int] = mapped_column(primary_key=True)
    renter_id: Mapped[int] = mapped_column(ForeignKey("renters.id"))
    vehicle_id: Mapped[int]
    adyen_psp_reference: Mapped[str] = mapped_column(String(16))
    card_summary: Mapped[str] = mapped_column(String(4))
    total_cents: Mapped[int]
