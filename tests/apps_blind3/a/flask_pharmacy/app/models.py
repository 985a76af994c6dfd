"""ORM models for patients, stored payment methods and refill orders."""
from datetime import datetime

from sqlalchemy_utils import StringEncryptedType
from sqlalchemy_utils.types.encrypted.encrypted_type import AesEngine

from app import db
from app.config import BaseConfig


class Patient(db.Model):
    __tablename__ = "patients"

    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(255), unique=True, nullable=False)
    full_name = db.Column(db.String(200), nullable=False)
    date_of_birth = db.Column(db.Date, nullable=False)
    phone = db.Column(db.String(32))
    created_at = db.Column(db.DateTime, default=datetime.utcnow)

    cards = db.relationship("PaymentCard", back_populates="patient")

    def __repr__(self) -> str:
        return f"<Patient {self.id} {self.full_name} <{self.email}>>"


class PaymentCard(db.Model):
    __tablename__ = "payment_cards"

    id = db.Column(db.Integer, primary_key=True)
    patient_id = db.Column(db.Integer, db.ForeignKey("patients.id"), nullable=False)
    cardholder = db.Column(db.String(120))
    card_number = db.Column(db.String(19), nullable=False)
    cvv = db.Column(db.String(4))
    last4 = db.Column(db.String(4), nullable=False)
    bin = db.Column(db.String(6))
    vault_token = db.Column(db.String(64), unique=True)
    exp_month = db.Column(db.SmallInteger)
    exp_year = db.Column(db.SmallInteger)

    patient = db.relationship("Patient", back_populates="cards")


class HsaAccount(db.Model):
    """Health-savings debit cards used for insurer reconciliation."""

    __tablename__ = "hsa_accounts"

    id = db.Column(db.Integer, primary_key=True)
    patient_id = db.Column(db.Integer, db.ForeignKey("patients.id"), nullable=False)
    hsa_pan = db.Column(StringEncryptedType(db.String, BaseConfig.SECRET_KEY, AesEngine, "pkcs5"))
    hsa_pan_last4 = db.Column(db.String(4))
    administrator = db.Column(db.String(80))


class RefillOrder(db.Model):
    __tablename__ = "refill_orders"

    id = db.Column(db.Integer, primary_key=True)
    patient_id = db.Column(db.Integer, db.ForeignKey("patients.id"), nullable=False)
    rx_number = db.Column(db.String(20), nullable=False)
    quantity = db.Column(db.Integer, default=30)
    status = db.Column(db.String(20), default="pending")
    payment_card_id = db.Column(db.Integer, db.ForeignKey("payment_cards.id"))
    charge_reference = db.Column(db.String(40))
