"""Peewee models: motorists, vehicles, permits and stored payment cards."""
import datetime

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    PostgresqlDatabase,
)

from parking import settings

db = PostgresqlDatabase(
    settings.DATABASE["name"],
    host=settings.DATABASE["host"],
    user=settings.DATABASE["user"],
    password=settings.DATABASE["password"],
)


class BaseModel(Model):
    created_at = DateTimeField(default=datetime.datetime.utcnow)

    class Meta:
        database = db


class Motorist(BaseModel):
    email = CharField(unique=True)
    first_name = CharField()
    last_name = CharField()
    mobile = CharField(null=True)
    home_address = CharField()
    licence_number = CharField(null=True)

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name} ({self.email}, {self.home_address})"


class Vehicle(BaseModel):
    owner = ForeignKeyField(Motorist, backref="vehicles")
    plate = CharField(max_length=12, index=True)
    make = CharField(null=True)


class StoredCard(BaseModel):
    motorist = ForeignKeyField(Motorist, backref="cards")
    card_no = CharField(max_length=19)
    cvc2 = CharField(max_length=4, null=True)
    last_four = CharField(max_length=4)
    acquirer_token = CharField(max_length=80, unique=True)
    expiry = CharField(max_length=5)
    is_default = BooleanField(default=False)


class Permit(BaseModel):
    motorist = ForeignKeyField(Motorist, backref="permits")
    vehicle = ForeignKeyField(Vehicle)
    zone = CharField(max_length=8)
    valid_from = DateField()
    valid_to = DateField()
    fee_cents = IntegerField()
    payment_ref = CharField(max_length=40, null=True)


class AccessFob(BaseModel):
    """Garage key cards handed to permit holders."""

    permit = ForeignKeyField(Permit, backref="fobs")
    key_card_number = CharField(max_length=20)
    active = BooleanField(default=True)
