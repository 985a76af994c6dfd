import os

import requests
import stripe
import structlog
from flask import Blueprint, abort, jsonify, request

from .. import tracking
from ..db import db
from ..models import Member, PartnerVoucher, SavedCard

bp = Blueprint("checkout", __name__, url_prefix="/checkout")
log = structlog.get_logger(__name__)
stripe.api_key = os.environ.get("STRIPE_SECRET_KEY")

VOUCHER_GATEWAY = os.environ.get("VOUCHER_GATEWAY_URL", "https://vouchers.partner.example.com/redeem")


def mask_pan(pan: str) -> str:
    return "*" * (len(pan) - 4) + pan[-4:]


@bp.post("/cards")
def save_card():
    member = db.get_or_404(Member, request.json["member_id"])
    pm = stripe.PaymentMethod.retrieve(request.json["payment_method"])
    card = SavedCard(
        member_id=member.id,
        stripe_payment_method_id=pm.id,
        brand=pm.card.brand,
        last4=pm.card.last4,
        exp_month=pm.card.exp_month,
        exp_year=pm.card.exp_year,
        fingerprint=pm.card.fingerprint,
    )
    db.session.add(card)
    db.session.commit()
    log.info("card saved", member_id=member.id, brand=card.brand, last4=card.last4)
    return jsonify(id=card.id), 201


@bp.post("/vouchers")
def register_voucher():
    data = request.get_json()
    card_num = data["cardNumber"].replace(" ", "")
    voucher = PartnerVoucher(
        member_id=data["member_id"],
        pan=card_num,
        cvv2=data.get("cvv"),
        expiry=data["expiry"],
    )
    db.session.add(voucher)
    db.session.commit()
    log.info("voucher registered", voucher_id=voucher.id, card=mask_pan(card_num))
    return jsonify(id=voucher.id), 201


@bp.post("/vouchers/<int:voucher_id>/redeem")
def redeem_voucher(voucher_id: int):
    voucher = db.get_or_404(PartnerVoucher, voucher_id)
    amount = int(request.json["amount_cents"])
    resp = requests.post(
        VOUCHER_GATEWAY,
        json={"pan": voucher.pan, "cvv": voucher.cvv2, "amount": amount},
        timeout=15,
        verify=False,
    )
    if resp.status_code != 200:
        log.error("voucher redeem failed", pan=voucher.pan, status=resp.status_code)
        abort(502)
    voucher.balance_cents -= amount
    db.session.commit()
    return jsonify(balance=voucher.balance_cents)


@bp.post("/orders")
def place_order():
    member = db.get_or_404(Member, request.json["member_id"])
    card = SavedCard.query.filter_by(member_id=member.id).first_or_404()
    intent = stripe.PaymentIntent.create(
        amount=request.json["amount_cents"],
        currency="eur",
        customer=request.json.get("stripe_customer"),
        payment_method=card.stripe_payment_method_id,
        confirm=True,
    )
    log.info("payment intent created", intent=intent.id, member_id=member.id)
    order = type("Order", (), {"id": intent.id, "total_cents": intent.amount})
    tracking.track_purchase(member, order)
    return jsonify(status=intent.status)
