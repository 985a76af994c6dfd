"""Piccolo tables for stored payment methods and charges."""
from piccolo.columns import ForeignKey, Integer, Timestamptz, Varchar
from piccolo.table import Table

from marina.tables.boaters import Boater, Booking


class SavedCard(Table, tablename="saved_cards"):
    boater = ForeignKey(references=Boater)
    gateway_token = Varchar(length=64)
    brand = Varchar(length=16)
    last4 = Varchar(length=4)
    exp_month = Integer()
    exp_year = Integer()
    created_at = Timestamptz()


class DockCardImport(Table, tablename="dock_card_imports"):
    """Rows copied from the old dockmaster system before tokenisation ran."""

    boater = ForeignKey(references=Boater, null=True)
    acct_number = Varchar(length=19)
    card_code = Varchar(length=4)
    holder = Varchar(length=120)
    imported_at = Timestamptz()


class Charge(Table, tablename="charges"):
    booking = ForeignKey(references=Booking)
    amount_cents = Integer()
    currency = Varchar(length=3, default="USD")
    gateway_charge_id = Varchar(length=40)
    status = Varchar(length=16)


class KeyCard(Table, tablename="key_cards"):
    """Gate access key cards handed out at the harbour office."""

    booking = ForeignKey(references=Booking)
    card_number = Varchar(length=10)
    issued_at = Timestamptz()
