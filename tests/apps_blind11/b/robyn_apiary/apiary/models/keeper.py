import datetime

import ormar

from apiary.db import base_ormar_config


class Keeper(ormar.Model):
    ormar_config = base_ormar_config.copy(tablename="keepers")

    id: int = ormar.Integer(primary_key=True)
    email: str = ormar.String(max_length=255, unique=True)
    full_name: str = ormar.String(max_length=160)
    phone: str = ormar.String(max_length=32, nullable=True)
    postcode: str = ormar.String(max_length=12)
    registry_number: str = ormar.String(max_length=20, nullable=True)
    created_at: datetime.datetime = ormar.DateTime(default=datetime.datetime.utcnow)

    def __repr__(self) -> str:
        return f"Keeper(id={self.id}, email={self.email!r}, name={self.full_name!r}, phone={self.phone!r})"

    def label(self) -> str:
        return f"keeper#{self.id}"
