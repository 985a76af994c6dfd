import datetime as dt

from mongoengine import (DateTimeField, DecimalField, Document, IntField, ListField, ReferenceField,
                         StringField)

from .guest import Guest


class Trip(Document):
    code = StringField(required=True, unique=True, max_length=16)
    title = StringField(required=True)
    launch_site = StringField()
    starts_at = DateTimeField(required=True)
    capacity = IntField(default=8)
    price = DecimalField(precision=2)
    meta = {"collection": "trips"}


class Booking(Document):
    ref = StringField(required=True, unique=True, max_length=12)
    guest = ReferenceField(Guest, required=True)
    trip = ReferenceField(Trip, required=True)
    paddlers = IntField(default=1)
    wetsuit_sizes = ListField(StringField(max_length=4))
    status = StringField(choices=("held", "paid", "cancelled"), default="held")
    payment_token = StringField(max_length=64)
    created_at = DateTimeField(default=dt.datetime.utcnow)
    meta = {"collection": "bookings", "indexes": ["ref", "guest"]}
