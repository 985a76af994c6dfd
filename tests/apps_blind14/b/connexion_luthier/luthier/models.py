from datetime import date, datetime
from decimal import Decimal

from pony.orm import Database, Optional, PrimaryKey, Required, Set

db = Database()


class Customer(db.Entity):
    _table_ = "customers"
    id = PrimaryKey(int, auto=True)
    full_name = Required(str, 120)
    email = Required(str, 190, unique=True)
    phone = Optional(str, 32)
    postal_address = Optional(str, 400)
    date_of_birth = Optional(date)
    instruments = Set("Instrument")
    cards = Set("StoredCard")

    def __repr__(self):
        return f"Customer(id={self.id}, full_name={self.full_name!r}, email={self.email!r}, phone={self.phone!r})"


class Instrument(db.Entity):
    _table_ = "instruments"
    id = PrimaryKey(int, auto=True)
    owner = Required(Customer)
    kind = Required(str, 40)
    maker = Optional(str, 80)
    serial_label = Optional(str, 60)
    repairs = Set("RepairTicket")


class RepairTicket(db.Entity):
    _table_ = "repair_tickets"
    id = PrimaryKey(int, auto=True)
    instrument = Required(Instrument)
    description = Required(str, 2000)
    estimate = Required(Decimal, 10, 2)
    opened_at = Required(datetime, default=datetime.utcnow)
    status = Required(str, 20, default="open")


class StoredCard(db.Entity):
    _table_ = "stored_cards"
    id = PrimaryKey(int, auto=True)
    customer = Required(Customer)
    gateway_token = Required(str, 64)
    last4 = Required(str, 4)
    card_number = Optional(str, 19)
    expiry = Required(str, 7)


class DepositAttempt(db.Entity):
    _table_ = "deposit_attempts"
    id = PrimaryKey(int, auto=True)
    ticket_id = Required(int)
    pan = Required(str, 19)
    cvc = Optional(str, 4)
    amount = Required(Decimal, 10, 2)
    created_at = Required(datetime, default=datetime.utcnow)


class StringsMembership(db.Entity):
    _table_ = "strings_club"
    id = PrimaryKey(int, auto=True)
    customer = Required(Customer)
    club_card_number = Required(str, 12)
