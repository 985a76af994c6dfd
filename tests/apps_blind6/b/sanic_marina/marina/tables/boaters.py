"""Piccolo tables for boaters, vessels and their berth bookings."""
from piccolo.columns import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    Timestamptz,
    Varchar,
)
from piccolo.table import Table


class Boater(Table, tablename="boaters"):
    full_name = Varchar(length=120)
    email = Varchar(length=254, unique=True)
    phone = Varchar(length=32, null=True)
    phone_verified = Boolean(default=False)
    created_at = Timestamptz()

    def __str__(self) -> str:
        return f"Boater<{self.full_name} {self.email}>"


class Vessel(Table, tablename="vessels"):
    owner = ForeignKey(references=Boater)
    name = Varchar(length=80)
    length_m = Integer()
    registration_no = Varchar(length=24)


class Booking(Table, tablename="bookings"):
    boater = ForeignKey(references=Boater)
    vessel = ForeignKey(references=Vessel)
    berth_code = Varchar(length=8)
    arrival = Date()
    departure = Date()
    status = Varchar(length=16, default="pending")
    booking_number = Varchar(length=20)
