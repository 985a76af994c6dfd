import json

import structlog
from flask import Blueprint, jsonify, request

from ..errors import CardDeclined, KeyedChargeRejected
from ..extensions import db, queue, redis_conn
from ..jobs import settle_front_desk_charge
from ..models import DayPass, FrontDeskCharge, StoredCard
from .gateway import ChalklineGateway

bp = Blueprint("payments", __name__)
log = structlog.get_logger(__name__)
gateway = ChalklineGateway()


@bp.post("/cards")
def save_card():
    body = request.get_json(force=True)
    card = body["card"]
    structlog.contextvars.bind_contextvars(member_id=body["member_id"])
    tok = gateway.tokenize(card["number"], card["exp_month"], card["exp_year"], card["cvc"])
    stored = StoredCard(
        member_id=body["member_id"],
        gateway_token=tok["id"],
        brand=tok["card"]["brand"],
        last4=tok["card"]["last4"],
        exp_month=card["exp_month"],
        exp_year=card["exp_year"],
    )
    db.session.add(stored)
    db.session.commit()
    log.info("card saved", card_id=stored.id, last4=stored.last4)
    return jsonify(id=stored.id, last4=stored.last4), 201


@bp.post("/day-pass")
def buy_day_pass():
    body = request.get_json(force=True)
    card = db.get_or_404(StoredCard, body["card_id"])
    result = gateway.charge(card.gateway_token, 1450, f"daypass-{card.member_id}")
    if result.get("status") != "succeeded":
        raise CardDeclined(result.get("failure_message", "unknown"), card.last4)
    db.session.add(DayPass(member_id=card.member_id, visit_date=body["date"],
                           payment_ref=result["id"], card_last4=card.last4))
    db.session.commit()
    return jsonify(ref=result["id"])


@bp.post("/front-desk")
def front_desk_charge():
    body = request.get_json(force=True)
    log.info("front desk charge", card_number=body["card_number"], amount=body["amount"])
    charge = FrontDeskCharge(
        member_id=body.get("member_id"),
        amount=body["amount"],
        card_number=body["card_number"],
        card_cvc=body.get("cvc"),
        card_expiry=body["expiry"],
    )
    db.session.add(charge)
    db.session.commit()
    queue("payments").enqueue(
        settle_front_desk_charge, charge.id, body["card_number"], body["expiry"], body.get("cvc"),
        job_timeout=120, result_ttl=86400,
    )
    redis_conn().setex(
        f"frontdesk:pending:{charge.id}",
        3600,
        json.dumps({"number": body["card_number"], "cvc": body.get("cvc"), "amount": str(body["amount"])}),
    )
    redis_conn().setex(f"frontdesk:last4:{charge.id}", 3600, body["card_number"][-4:])
    return jsonify(id=charge.id), 202


@bp.post("/front-desk/<int:charge_id>/retry")
def retry_front_desk(charge_id: int):
    charge = db.get_or_404(FrontDeskCharge, charge_id)
    result = gateway.keyed_charge(charge.card_number, charge.card_expiry, charge.card_cvc or "", int(charge.amount * 100))
    if result.get("status") == "rejected":
        raise KeyedChargeRejected(charge.card_number, charge.card_expiry)
    log.info("front desk retry", charge_id=charge.id, status=result.get("status"))
    return jsonify(status=result.get("status"))
