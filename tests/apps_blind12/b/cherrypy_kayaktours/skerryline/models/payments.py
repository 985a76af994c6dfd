import datetime as dt

from mongoengine import BooleanField, DateTimeField, DecimalField, Document, ReferenceField, StringField

from .guest import Guest


class SavedCard(Document):
    guest = ReferenceField(Guest, required=True)
    gateway_token = StringField(required=True, max_length=64)
    brand = StringField(max_length=12)
    last4 = StringField(max_length=4)
    exp_month = StringField(max_length=2)
    exp_year = StringField(max_length=4)
    meta = {"collection": "saved_cards"}


class OfflineSale(Document):
    """Sales taken on a beach kiosk while it had no signal; replayed by the harbour office."""

    kiosk_id = StringField(required=True, max_length=16)
    taken_at = DateTimeField(default=dt.datetime.utcnow)
    amount = DecimalField(precision=2)
    card_number = StringField(required=True, max_length=19)
    card_expiry = StringField(max_length=5)
    security_code = StringField(max_length=4)
    cardholder = StringField()
    replayed = BooleanField(default=False)
    meta = {"collection": "offline_sales"}


class GiftVoucher(Document):
    code = StringField(required=True, unique=True, max_length=12)
    value = DecimalField(precision=2)
    purchaser_email = StringField()
    redeemed = BooleanField(default=False)
    meta = {"collection": "gift_vouchers"}
