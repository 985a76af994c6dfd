"""Request bodies (pydantic) and the row objects the repositories return."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, Optional

from pydantic import BaseModel, EmailStr, Field, SecretStr


class CustomerIn(BaseModel):
    full_name: str = Field(min_length=2, max_length=120)
    email: EmailStr
    phone: str
    address_line1: str
    town: str
    postcode: str
    password: Optional[str] = None  # only when they want a portal login


class CallOutIn(BaseModel):
    customer_id: int
    job_type: Literal["lockout", "lock_change", "burglary_repair", "safe_opening", "upvc_mechanism"]
    site_address: str
    site_postcode: str
    contact_phone: str
    # lockouts at a property the caller does not obviously own: the call handler reads the
    # driving-licence number back and the engineer checks it against the photocard on arrival
    licence_number: Optional[str] = None
    access_notes: str = ""
    insurer_claim_ref: Optional[str] = None


class PhoneCardIn(BaseModel):
    """Card read out over the phone for the call-out fee; sent to the gateway and dropped."""

    number: SecretStr
    expiry: str = Field(pattern=r"^\d{2}/\d{2}$")
    cvc: SecretStr
    name_on_card: str


class SitePaymentIn(BaseModel):
    """Posted by the van terminal app when the engineer finishes a job."""

    job_id: int
    engineer_id: int
    amount_pence: int
    card_number: str
    expiry: str
    cvv: str
    cardholder: str
    entry_mode: Literal["chip", "contactless", "keyed"] = "keyed"


@dataclass
class Customer:
    id: int
    full_name: str
    email: str
    phone: str
    postcode: str
    created_at: dt.datetime

    def __str__(self) -> str:
        return f"{self.full_name} <{self.email}> ({self.postcode})"


@dataclass
class CallOut:
    id: int
    customer_id: int
    job_type: str
    site_postcode: str
    status: str
    engineer_id: Optional[int] = None

    def __str__(self) -> str:
        return f"CallOut#{self.id}[{self.job_type},{self.status}]"


@dataclass
class SavedCard:
    customer_id: int
    gateway_token: str
    card_brand: str
    card_last4: str

    def __str__(self) -> str:
        return f"{self.card_brand} ending {self.card_last4}"
