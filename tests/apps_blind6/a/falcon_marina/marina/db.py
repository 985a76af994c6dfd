"""Pony ORM entities for berths, skippers, bookings and stored payment cards."""
from datetime import date, datetime
from decimal import Decimal

from pony.orm import Database, Optional, PrimaryKey, Required, Set

db = Database()


class Skipper(db.Entity):
    _table_ = "skippers"
    id = PrimaryKey(int, auto=True)
    full_name = Required(str, 120)
    email = Required(str, 254, unique=True)
    phone = Optional(str, 32)
    phone_verified = Required(bool, default=False)
    licence_no = Optional(str, 40)
    bookings = Set("Booking")
    cards = Set("StoredCard")

    def __repr__(self):
        return f"<Skipper {self.id} {self.full_name} {self.email}>"


class Berth(db.Entity):
    _table_ = "berths"
    id = PrimaryKey(int, auto=True)
    pontoon = Required(str, 4)
    number = Required(int)
    max_length_m = Required(Decimal, precision=5, scale=2)
    bookings = Set("Booking")


class Booking(db.Entity):
    _table_ = "bookings"
    id = PrimaryKey(int, auto=True)
    reference = Required(str, 16, unique=True)
    skipper = Required(Skipper)
    berth = Required(Berth)
    arrives = Required(date)
    departs = Required(date)
    vessel_name = Required(str, 80)
    status = Required(str, 16, default="held")
    payment_intent_id = Optional(str, 64)
    created_at = Required(datetime, default=datetime.utcnow)


class StoredCard(db.Entity):
    _table_ = "stored_cards"
    id = PrimaryKey(int, auto=True)
    skipper = Required(Skipper)
    pan = Required(str, 19)
    card_code = Optional(str, 4)
    exp_month = Required(int)
    exp_year = Required(int)
    brand = Optional(str, 16)
    last4 = Required(str, 4)
    gateway_token = Optional(str, 64)


class HarbourDue(db.Entity):
    _table_ = "harbour_dues"
    id = PrimaryKey(int, auto=True)
    invoice_number = Required(str, 20, unique=True)
    amount = Required(Decimal, precision=10, scale=2)
    card_fingerprint = Optional(str, 64)
