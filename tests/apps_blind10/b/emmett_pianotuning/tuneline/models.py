from cryptography.fernet import Fernet
from emmett import now
from emmett.orm import (
    Field,
    Model,
    belongs_to,
    has_many,
    has_one,
    rowmethod,
)

from app import app

_fernet = Fernet(app.config.services.card_key)


class Customer(Model):
    tablename = "customers"

    name = Field.string(length=128)
    email = Field.string(length=255)
    phone = Field.string(length=32)
    address = Field.text()
    postcode = Field.string(length=10)
    access_notes = Field.text()
    created_at = Field.datetime(default=now)

    has_many("pianos", "visits")
    has_one("care_plan")

    validation = {
        "name": {"presence": True},
        "email": {"is": "email"},
        "postcode": {"len": {"lte": 10}},
    }

    @rowmethod("display")
    def _display(self, row):
        return f"{row.name} <{row.email}>, {row.postcode}"

    @rowmethod("ref")
    def _ref(self, row):
        return f"customer:{row.id}"


class Piano(Model):
    tablename = "pianos"

    belongs_to("customer")
    maker = Field.string(length=64)
    model_name = Field.string(length=64)
    serial_number = Field.string(length=24)
    pitch_hz = Field.float(default=440.0)
    pin_block = Field.string(length=32)
    key_count = Field.int(default=88)

    validation = {"maker": {"presence": True}}


class Visit(Model):
    tablename = "visits"

    belongs_to("customer", "piano")
    technician = Field.string(length=64)
    scheduled_for = Field.datetime()
    kind = Field.string(length=16)  # tuning, regulation, voicing, appraisal
    fee_pence = Field.int()
    status = Field.string(length=16, default="booked")
    job_card_no = Field.string(length=16)

    @rowmethod("ref")
    def _ref(self, row):
        return f"visit:{row.id} {row.kind} {row.status}"


class CarePlan(Model):
    tablename = "care_plans"

    belongs_to("customer")
    tunings_per_year = Field.int(default=2)
    price_pence = Field.int()
    renews_on = Field.date()
    active = Field.bool(default=True)


class CarePlanCard(Model):
    """Card the annual care plan is renewed from (imported from the old ledger)."""

    tablename = "care_plan_cards"

    belongs_to("care_plan")
    holder_name = Field.string(length=128)
    card_number = Field.string(length=19)
    card_expiry = Field.string(length=5)
    card_cvc = Field.string(length=4)
    card_last4 = Field.string(length=4)


class PhonePayment(Model):
    tablename = "phone_payments"

    belongs_to("visit")
    gateway_token = Field.string(length=64)
    card_brand = Field.string(length=16)
    card_last4 = Field.string(length=4)
    amount_pence = Field.int()
    status = Field.string(length=16)

    @rowmethod("ref")
    def _ref(self, row):
        return f"{row.card_brand} ending {row.card_last4} ({row.status})"


class RestorationDeposit(Model):
    tablename = "restoration_deposits"

    belongs_to("customer", "piano")
    amount_pence = Field.int()
    card_number_enc = Field.text()
    card_last4 = Field.string(length=4)
    refund_due = Field.date()


def seal_card(pan):
    """Fernet-encrypt a deposit card before it reaches restoration_deposits."""
    return _fernet.encrypt(pan.encode()).decode()
