from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Optional

from beanie import Document, Indexed, PydanticObjectId
from bson.binary import Binary
from pydantic import BaseModel, ConfigDict, Field


class RentalStatus(str, Enum):
    OPEN = "open"
    RETURNED = "returned"
    DAMAGED = "damaged"
    LOST = "lost"


class RentalItem(BaseModel):
    sku: str
    kind: str  # skis, board, boots, helmet
    serial: str
    day_rate_cents: int


class DepositCard(BaseModel):
    """Card held against the rental until the kit is back on the rack."""

    holder_name: str
    pan: str
    expiry_month: int
    expiry_year: int
    cvv: Optional[str] = None
    acquirer_hold_id: Optional[str] = None


class RentalAgreement(Document):
    guest_id: PydanticObjectId
    shop: str = "base-lodge"
    items: list[RentalItem]
    status: RentalStatus = RentalStatus.OPEN
    deposit_card: DepositCard
    deposit_hold_cents: int
    opened_at: datetime
    due_back: datetime
    returned_at: Optional[datetime] = None
    damage_notes: Optional[str] = None

    class Settings:
        name = "rental_agreements"
        indexes = ["guest_id", "status"]


class CorporateAccount(Document):
    """Ski clubs and tour operators billed monthly."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    name: Indexed(str, unique=True)
    billing_email: str
    vat_number: Optional[str] = None
    # explicit client-side field level encryption (AEAD_AES_256_CBC_HMAC_SHA_512-Deterministic)
    billing_card_number_enc: Optional[Binary] = None
    billing_card_token: Optional[str] = None
    billing_card_last4: Optional[str] = None

    class Settings:
        name = "corporate_accounts"


class DepositHoldRequest(BaseModel):
    """Wire body for the acquirer; built per request, never stored."""

    reference: str
    amount_cents: int
    currency: str = "EUR"
    card_number: str
    expiry: str
    cvv: Optional[str] = None
    holder_name: str = Field(default="")
