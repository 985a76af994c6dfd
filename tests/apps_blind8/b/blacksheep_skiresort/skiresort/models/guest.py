from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Optional

from beanie import Document, Indexed
from pydantic import BaseModel, EmailStr, Field


class Guest(Document):
    first_name: str
    last_name: str
    email: Indexed(EmailStr, unique=True)
    phone: Optional[str] = None
    date_of_birth: Optional[date] = None
    home_postcode: Optional[str] = None
    ski_ability: str = "beginner"
    marketing_opt_in: bool = False
    password_hash: Optional[str] = None
    created_at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))

    class Settings:
        name = "guests"
        use_state_management = True

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def __str__(self) -> str:
        return f"Guest({self.full_name} <{self.email}>, dob={self.date_of_birth})"


class GuestIn(BaseModel):
    first_name: str
    last_name: str
    email: EmailStr
    phone: Optional[str] = None
    date_of_birth: Optional[date] = None
    home_postcode: Optional[str] = None
    password: str = Field(min_length=10)
    marketing_opt_in: bool = False


class PasswordResetIn(BaseModel):
    email: EmailStr
    token: str
    new_password: str = Field(min_length=10)
