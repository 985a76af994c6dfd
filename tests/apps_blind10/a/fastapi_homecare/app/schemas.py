from datetime import date, datetime
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, SecretStr


class ClientCreate(BaseModel):
    full_name: str = Field(min_length=2, max_length=200)
    email: EmailStr | None = None
    phone: str
    date_of_birth: date
    address_line: str
    postcode: str
    nhs_number: str | None = None
    funding: str = "private"


class ClientOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    full_name: str
    email: EmailStr | None
    phone: str
    postcode: str
    funding: str


class PhonePaymentIn(BaseModel):
    """Keyed in by office staff while the payer is on the line."""

    client_id: int
    payer_name: str
    card_number: SecretStr
    card_cvc: SecretStr
    card_expiry: str = Field(pattern=r"^\d{2}/\d{2}$")
    amount: Decimal = Field(gt=0, max_digits=10, decimal_places=2)


class CardChangeRequest(BaseModel):
    """Submitted by the family portal when a payer replaces the card on file."""

    client_id: int
    cardholder: str
    card_number: str
    expiry: str
    cvc: str
    email: EmailStr


class VisitPlan(BaseModel):
    client_id: int
    carer_id: int
    starts_at: datetime
    minutes: int = 30
    tasks: list[str] = []


class WebhookEvent(BaseModel):
    id: str
    type: str
    data: dict
