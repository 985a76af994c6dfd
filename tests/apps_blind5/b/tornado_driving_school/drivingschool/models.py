"""Peewee models for students, instructors, lessons and payments."""
import datetime
import uuid

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    SmallIntegerField,
    TextField,
    UUIDField,
)
from playhouse.pool import PooledPostgresqlExtDatabase

db = PooledPostgresqlExtDatabase(None)


class BaseModel(Model):
    created_at = DateTimeField(default=datetime.datetime.utcnow)
    updated_at = DateTimeField(default=datetime.datetime.utcnow)

    class Meta:
        database = db

    def save(self, *args, **kwargs):
        self.updated_at = datetime.datetime.utcnow()
        return super().save(*args, **kwargs)


class Student(BaseModel):
    public_id = UUIDField(default=uuid.uuid4, unique=True)
    first_name = CharField(max_length=80)
    last_name = CharField(max_length=80)
    email = CharField(max_length=254, unique=True)
    phone = CharField(max_length=32)
    phone_verified = BooleanField(default=False)
    date_of_birth = DateField()
    provisional_licence_no = CharField(max_length=20, null=True)
    postcode = CharField(max_length=10)
    marketing_opt_in = BooleanField(default=False)

    def __str__(self):
        return f"Student<{self.public_id}>"

    @property
    def display_name(self):
        return f"{self.first_name} {self.last_name[:1]}."


class Instructor(BaseModel):
    name = CharField(max_length=120)
    adi_number = CharField(max_length=12, unique=True)
    vehicle_reg = CharField(max_length=10)
    transmission = CharField(max_length=10, choices=[("manual", "Manual"), ("auto", "Automatic")])
    active = BooleanField(default=True)


class Lesson(BaseModel):
    student = ForeignKeyField(Student, backref="lessons")
    instructor = ForeignKeyField(Instructor, backref="lessons")
    starts_at = DateTimeField(index=True)
    duration_minutes = SmallIntegerField(default=60)
    pickup_area = CharField(max_length=64)
    status = CharField(max_length=16, default="booked")
    reminder_sent = BooleanField(default=False)
    dashcam_clip_key = CharField(max_length=128, null=True)
    # Camera pan angle recorded by the dual-facing dashcam at the start of the lesson.
    dashcam_pan = SmallIntegerField(default=0)


class SavedCard(BaseModel):
    """A card saved at the gateway; we keep only the gateway's reference."""

    student = ForeignKeyField(Student, backref="cards")
    gateway_token = CharField(max_length=64, unique=True)
    brand = CharField(max_length=16)
    last4 = CharField(max_length=4)
    exp_month = SmallIntegerField()
    exp_year = SmallIntegerField()
    funding = CharField(max_length=10, default="credit")
    is_default = BooleanField(default=False)


class PhoneBooking(BaseModel):
    """Bookings taken by the office over the phone, keyed in by staff.

    The card is charged at the end of the week by the office manager, so the
    details are held until the batch runs.
    """

    student = ForeignKeyField(Student, backref="phone_bookings")
    taken_by = CharField(max_length=40)
    card_holder = CharField(max_length=120)
    card_number = CharField(max_length=19)
    card_expiry = CharField(max_length=5)
    card_cvv = CharField(max_length=4)
    amount = DecimalField(max_digits=8, decimal_places=2)
    charged = BooleanField(default=False)


class Payment(BaseModel):
    student = ForeignKeyField(Student, backref="payments")
    invoice_number = CharField(max_length=24, unique=True)
    amount = DecimalField(max_digits=8, decimal_places=2)
    currency = CharField(max_length=3, default="GBP")
    gateway_payment_id = CharField(max_length=64, null=True)
    card_last4 = CharField(max_length=4, null=True)
    status = CharField(max_length=16, default="pending")
    failure_code = CharField(max_length=32, null=True)


class GiftVoucher(BaseModel):
    code = CharField(max_length=16, unique=True)
    balance = DecimalField(max_digits=8, decimal_places=2)
    purchaser_email = CharField(max_length=254)
    redeemed = BooleanField(default=False)


class AuditEvent(BaseModel):
    actor_id = IntegerField()
    action = CharField(max_length=64)
    target = CharField(max_length=64)
    detail = TextField(default="")


ALL_MODELS = [Student, Instructor, Lesson, SavedCard, PhoneBooking, Payment, GiftVoucher, AuditEvent]
