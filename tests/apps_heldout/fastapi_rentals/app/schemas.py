from datetime import date

from pydantic import BaseModel, EmailStr, Field, SecretStr


class RenterIn(BaseModel):
    email: EmailStr
    full_name: str
    phone: str | None = None
    dob: date | None = None
    driving_licence_no: str | None = None


class CardIn(BaseModel):
    """Card details typed at the counter; sent to the acquirer, never stored as-is."""

    number: str = Field(min_length=12, max_length=19)
    exp: str
    cvc: SecretStr


class DepositIn(BaseModel):
    renter_id: int
    amount_cents: int
    card: CardIn
