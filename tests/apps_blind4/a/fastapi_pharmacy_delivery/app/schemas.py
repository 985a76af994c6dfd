"""Request/response DTOs. Card details arrive here and are forwarded to the gateway only."""
from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from pydantic import BaseModel, EmailStr, Field, SecretStr, field_validator


class PatientCreate(BaseModel):
    full_name: str
    email: EmailStr
    phone: str | None = None
    date_of_birth: date
    delivery_address: str


class PatientOut(BaseModel):
    id: uuid.UUID
    full_name: str
    email: EmailStr


class CardDetails(BaseModel):
    card_number: str = Field(min_length=12, max_length=19)
    exp_month: int = Field(ge=1, le=12)
    exp_year: int
    cvv: SecretStr
    cardholder: str

    @field_validator("card_number")
    @classmethod
    def digits_only(cls, v: str) -> str:
        return v.replace(" ", "").replace("-", "")

    @property
    def last4(self) -> str:
        return self.card_number[-4:]

    @property
    def bin(self) -> str:
        return self.card_number[:6]


class CheckoutRequest(BaseModel):
    prescription_ids: list[int]
    card: CardDetails | None = None
    saved_card_id: int | None = None
    gift_card_code: str | None = None
    save_card: bool = False


class CheckoutResponse(BaseModel):
    order_number: str
    status: str
    total: Decimal
    card_last4: str | None = None
