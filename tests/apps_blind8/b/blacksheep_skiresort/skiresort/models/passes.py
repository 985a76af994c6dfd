from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from beanie import Document, Indexed, Link, PydanticObjectId
from pydantic import BaseModel, Field

from skiresort.models.guest import Guest


class SeasonPass(Document):
    guest: Link[Guest]
    # printed on the plastic card; 16 digits but an internal serial, not a payment card
    pass_number: Indexed(str, unique=True)
    rfid_uid: str
    product: str = "season-adult"
    valid_from: date
    valid_to: date

    class Settings:
        name = "season_passes"


class PassPurchase(Document):
    guest_id: PydanticObjectId
    products: list[str]
    amount_cents: int
    currency: str = "EUR"
    acquirer_payment_id: str
    card_brand: Optional[str] = None
    card_bin: Optional[str] = Field(default=None, max_length=6)
    card_last4: Optional[str] = Field(default=None, max_length=4)
    card_fingerprint: Optional[str] = None
    purchased_at: datetime

    class Settings:
        name = "pass_purchases"


class Webcam(BaseModel):
    """Summit panorama cameras; pan/tilt are set by the ops dashboard."""

    slug: str
    pan: float = 0.0
    tilt: float = 0.0
    zoom: int = 1
