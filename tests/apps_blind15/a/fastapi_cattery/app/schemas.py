from datetime import date

from pydantic import BaseModel, EmailStr, Field, SecretStr


class OwnerIn(BaseModel):
    full_name: str
    email: EmailStr
    phone: str
    address: str
    emergency_contact: str | None = None
    marketing_opt_in: bool = False


class CatIn(BaseModel):
    name: str
    microchip: str | None = Field(default=None, max_length=15)
    diet_notes: str | None = None


class StayIn(BaseModel):
    cat_id: int
    check_in: date
    check_out: date
    suite: str


class DepositCardIn(BaseModel):
    cardholder: str
    card_number: str = Field(min_length=12, max_length=19)
    expiry: str
    cvc: str = Field(min_length=3, max_length=4)


class TokenisedCardIn(BaseModel):
    tillgate_token: str
    brand: str
    last4: str = Field(min_length=4, max_length=4)
    exp_month: int
    exp_year: int


class StaffLogin(BaseModel):
    username: str
    password: SecretStr
