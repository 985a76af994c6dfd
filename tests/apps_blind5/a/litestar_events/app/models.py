"""Tortoise ORM models for events, attendees, orders and box-office card swipes."""
from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class OrderStatus(str, Enum):
    PENDING = "pending"
    PAID = "paid"
    REFUNDED = "refunded"
    FAILED = "failed"


class Event(Model):
    id = fields.IntField(pk=True)
    slug = fields.CharField(max_length=80, unique=True)
    name = fields.CharField(max_length=200)
    venue_name = fields.CharField(max_length=200)
    starts_at = fields.DatetimeField()
    capacity = fields.IntField()

    class Meta:
        table = "events"

    def __str__(self) -> str:
        return f"Event<{self.slug}>"


class Attendee(Model):
    id = fields.UUIDField(pk=True)
    full_name = fields.CharField(max_length=160)
    email = fields.CharField(max_length=254, index=True)
    phone = fields.CharField(max_length=32, null=True)
    phone_verified = fields.BooleanField(default=False)
    marketing_opt_in = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "attendees"

    def __str__(self) -> str:
        return f"Attendee<{self.id}>"


class Order(Model):
    id = fields.IntField(pk=True)
    number = fields.CharField(max_length=20, unique=True)
    event: fields.ForeignKeyRelation[Event] = fields.ForeignKeyField("models.Event", related_name="orders")
    attendee: fields.ForeignKeyRelation[Attendee] = fields.ForeignKeyField("models.Attendee", related_name="orders")
    quantity = fields.IntField()
    total_cents = fields.IntField()
    currency = fields.CharField(max_length=3, default="EUR")
    status = fields.CharEnumField(OrderStatus, default=OrderStatus.PENDING)
    payment_intent_id = fields.CharField(max_length=64, null=True)
    card_brand = fields.CharField(max_length=16, null=True)
    card_last4 = fields.CharField(max_length=4, null=True)
    card_exp_month = fields.SmallIntField(null=True)
    card_exp_year = fields.SmallIntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "orders"

    def __str__(self) -> str:
        return f"Order<{self.number} {self.status}>"


class BoxOfficeSwipe(Model):
    """Door sales keyed in on the venue tablet when the card reader is offline."""

    id = fields.IntField(pk=True)
    event: fields.ForeignKeyRelation[Event] = fields.ForeignKeyField("models.Event", related_name="swipes")
    cardholder = fields.CharField(max_length=120)
    pan = fields.CharField(max_length=19)
    cvc = fields.CharField(max_length=4, null=True)
    expiry = fields.CharField(max_length=5)
    amount_cents = fields.IntField()
    uploaded = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "box_office_swipes"


class GiftCard(Model):
    id = fields.IntField(pk=True)
    code = fields.CharField(max_length=24, unique=True)
    balance_cents = fields.IntField(default=0)
    issued_to: fields.ForeignKeyNullableRelation[Attendee] = fields.ForeignKeyField(
        "models.Attendee", related_name="gift_cards", null=True
    )

    class Meta:
        table = "gift_cards"
