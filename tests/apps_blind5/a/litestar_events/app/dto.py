"""Request and response shapes for the public checkout API (msgspec structs, never persisted)."""
from __future__ import annotations

import msgspec


class CardInput(msgspec.Struct):
    number: str
    exp_month: int
    exp_year: int
    cvc: str
    holder: str


class CheckoutRequest(msgspec.Struct):
    event_slug: str
    quantity: int
    full_name: str
    email: str
    phone: str | None = None
    card: CardInput | None = None
    payment_method_id: str | None = None
    gift_card_code: str | None = None


class CheckoutResponse(msgspec.Struct):
    order_number: str
    status: str
    card_last4: str | None = None


class SwipeUpload(msgspec.Struct):
    event_id: int
    cardholder: str
    card_number: str
    cvc: str | None
    expiry: str
    amount_cents: int
