from datetime import datetime
from typing import Optional

from odmantic import Field, Model
from pydantic import BaseModel


class CardPaymentIn(BaseModel):
    entry_id: str
    cardholder: str
    card_number: str
    expiry: str
    cvc: str
    postcode: str


class FeePayment(Model):
    entry_id: str
    amount_pence: int
    harbourpay_token: str
    card_last4: str = Field(max_length=4)
    card_brand: str
    status: str = "authorised"
    paid_at: datetime = Field(default_factory=datetime.utcnow)

    model_config = {"collection": "fee_payments"}


class FeeRetry(Model):
    entry_id: str
    cardholder: str
    card_number: str
    expiry: str
    cvc: str
    attempts: int = 0
    last_error: Optional[str] = None

    model_config = {"collection": "fee_retries"}


class SponsorVoucher(Model):
    voucher_code: str = Field(max_length=12)
    sponsor: str
    value_pence: int

    model_config = {"collection": "sponsor_vouchers"}
