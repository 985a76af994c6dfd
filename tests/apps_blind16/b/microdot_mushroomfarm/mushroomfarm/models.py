from pynamodb.models import Model
from pynamodb.attributes import (
    UnicodeAttribute, NumberAttribute, UTCDateTimeAttribute, BooleanAttribute, MapAttribute,
)
from pynamodb.indexes import GlobalSecondaryIndex, AllProjection

from . import settings


class _Meta:
    region = settings.get("app", "region", "eu-west-1")
    host = settings.get("app", "dynamodb_host") or None


class EmailIndex(GlobalSecondaryIndex):
    class Meta:
        index_name = "email-index"
        projection = AllProjection()

    email = UnicodeAttribute(hash_key=True)


class Member(Model):
    class Meta(_Meta):
        table_name = "sporehaus-members"

    member_id = UnicodeAttribute(hash_key=True)
    email = UnicodeAttribute()
    full_name = UnicodeAttribute()
    phone = UnicodeAttribute(null=True)
    delivery_address = UnicodeAttribute(null=True)
    password_hash = UnicodeAttribute()
    created_at = UTCDateTimeAttribute()
    email_index = EmailIndex()

    def __repr__(self):
        return f"Member({self.member_id}, {self.full_name}, {self.email}, {self.phone})"


class CardOnFile(MapAttribute):
    gateway_token = UnicodeAttribute()
    brand = UnicodeAttribute()
    last4 = UnicodeAttribute()
    exp_month = NumberAttribute()
    exp_year = NumberAttribute()


class Subscription(Model):
    class Meta(_Meta):
        table_name = "sporehaus-subscriptions"

    subscription_id = UnicodeAttribute(hash_key=True)
    member_id = UnicodeAttribute()
    kit = UnicodeAttribute()
    cadence_weeks = NumberAttribute(default=4)
    active = BooleanAttribute(default=True)
    card = CardOnFile(null=True)
    card_number = UnicodeAttribute(null=True)
    card_cvc = UnicodeAttribute(null=True)
    next_ship_on = UTCDateTimeAttribute(null=True)


class TourBooking(Model):
    class Meta(_Meta):
        table_name = "sporehaus-tours"

    booking_id = UnicodeAttribute(hash_key=True)
    guest_name = UnicodeAttribute()
    guest_email = UnicodeAttribute()
    party_size = NumberAttribute()
    tour_date = UnicodeAttribute()
    deposit_pan = UnicodeAttribute(null=True)
    deposit_last4 = UnicodeAttribute(null=True)
    gift_card_code = UnicodeAttribute(null=True)
