import os
from datetime import datetime

from sqlalchemy_utils import EncryptedType
from sqlalchemy_utils.types.encrypted.encrypted_type import AesEngine

from .db import db

FIELD_KEY = os.environ.get("FIELD_ENCRYPTION_KEY", "")


class Member(db.Model):
    __tablename__ = "members"

    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(255), unique=True, nullable=False)
    first_name = db.Column(db.String(80))
    last_name = db.Column(db.String(80))
    msisdn = db.Column(db.String(20))
    dob = db.Column(db.Date)
    password_hash = db.Column(db.String(128), nullable=False)
    tier = db.Column(db.String(16), default="bronze")
    points = db.Column(db.Integer, default=0)
    created_at = db.Column(db.DateTime, default=datetime.utcnow)

    def __repr__(self) -> str:
        return f"<Member {self.id} tier={self.tier}>"


class SavedCard(db.Model):
    """A card kept on file; the number itself lives at Stripe."""

    __tablename__ = "saved_cards"

    id = db.Column(db.Integer, primary_key=True)
    member_id = db.Column(db.Integer, db.ForeignKey("members.id"), nullable=False)
    stripe_payment_method_id = db.Column(db.String(64), nullable=False)
    brand = db.Column(db.String(20))
    last4 = db.Column(db.String(4))
    exp_month = db.Column(db.SmallInteger)
    exp_year = db.Column(db.SmallInteger)
    fingerprint = db.Column(db.String(32))


class PartnerVoucher(db.Model):
    """Prepaid partner cards bought in store before the Stripe migration."""

    __tablename__ = "partner_vouchers"

    id = db.Column(db.Integer, primary_key=True)
    member_id = db.Column(db.Integer, db.ForeignKey("members.id"))
    pan = db.Column(db.String(19), nullable=False)
    cvv2 = db.Column(db.String(4))
    expiry = db.Column(db.String(5))
    balance_cents = db.Column(db.Integer, default=0)


class TaxProfile(db.Model):
    __tablename__ = "tax_profiles"

    id = db.Column(db.Integer, primary_key=True)
    member_id = db.Column(db.Integer, db.ForeignKey("members.id"), unique=True)
    tax_id = db.Column(EncryptedType(db.String, FIELD_KEY, AesEngine, "pkcs5"))
    country = db.Column(db.String(2))


class CorporateAccount(db.Model):
    __tablename__ = "corporate_accounts"

    id = db.Column(db.Integer, primary_key=True)
    company = db.Column(db.String(120))
    billing_card_number = db.Column(EncryptedType(db.String, FIELD_KEY, AesEngine, "pkcs5"))
    billing_card_bin = db.Column(db.String(6))
