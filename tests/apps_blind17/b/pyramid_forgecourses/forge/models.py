from dataclasses import dataclass, field
from datetime import date
from typing import Optional


@dataclass
class Student:
    id: int
    full_name: str
    email: str
    phone: Optional[str] = None
    date_of_birth: Optional[date] = None
    postcode: Optional[str] = None

    @classmethod
    def from_row(cls, row):
        return cls(**{k: row[k] for k in ("id", "full_name", "email", "phone", "date_of_birth", "postcode")})


@dataclass
class TerminalSale:
    terminal_id: str
    amount_pence: int
    card_last4: str
    auth_code: Optional[str] = None
    card_pan: str = field(default="", repr=False)
    card_cvc: str = field(default="", repr=False)


@dataclass
class RefundRequest:
    sale_id: int
    amount_pence: int
    card_pan: str
    reason: str = "course cancelled"
