from dataclasses import dataclass
from datetime import date, datetime
from typing import Optional

from odmantic import EmbeddedModel, Field, Model


class EmergencyContact(EmbeddedModel):
    name: str
    phone: str
    relation: str = "family"


class Sailor(Model):
    world_sailing_id: str = Field(unique=True)
    first_name: str
    last_name: str
    email: str
    phone: str
    date_of_birth: date
    club: str
    emergency: Optional[EmergencyContact] = None
    marketing_opt_in: bool = False

    model_config = {"collection": "sailors"}

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name} <{self.email}> dob={self.date_of_birth}"


class Entry(Model):
    event_code: str
    boat_class: str
    sail_number: str
    helm_id: str
    crew_ids: list[str] = []
    fee_pence: int
    status: str = "pending"
    created_at: datetime = Field(default_factory=datetime.utcnow)

    model_config = {"collection": "entries"}


@dataclass
class CrewChange:
    entry_id: str
    old_crew_name: str
    new_crew_name: str
    new_crew_phone: str
