from dataclasses import dataclass, field
from datetime import date


@dataclass
class Owner:
    id: int
    full_name: str
    email: str
    mobile: str
    yard_address: str
    date_of_birth: date | None = None


@dataclass
class Horse:
    id: int
    owner_id: int
    name: str
    passport_no: str


@dataclass
class CardOnFile:
    owner_id: int
    gateway_token: str
    brand: str
    last4: str
    pan: str = field(repr=False, default="")


@dataclass(frozen=True)
class VisitSummary:
    visit_id: int
    horse_id: int
    round_code: str
    amount_pence: int
