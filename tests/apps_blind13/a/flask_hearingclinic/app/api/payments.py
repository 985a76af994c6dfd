from flask import Blueprint, abort, jsonify, request
from loguru import logger

from ..extensions import db
from ..models import AidOrder, PaymentMethod, PhoneOrderCard
from ..services.billing import PaymentDeclined, charge_keyed_card, charge_saved_method
from ..tasks import retry_phone_payment

bp = Blueprint("payments", __name__)


@bp.post("/orders/<int:order_id>/charge")
def charge_order(order_id: int):
    order = db.session.get(AidOrder, order_id) or abort(404)
    method = db.session.scalar(db.select(PaymentMethod).filter_by(patient_id=order.patient_id))
    try:
        charge_id = charge_saved_method(order, method)
    except PaymentDeclined:
        logger.warning("saved-card charge declined order_id={} method={}", order.id, method)
        return jsonify({"error": "declined"}), 402
    order.status = "paid"
    db.session.commit()
    return jsonify({"charge": charge_id})


@bp.post("/orders/<int:order_id>/phone")
def take_phone_payment(order_id: int):
    order = db.session.get(AidOrder, order_id) or abort(404)
    card = request.get_json(force=True)
    logger.bind(card_number=card["number"], cvc=card["cvc"]).info("phone payment keyed for order {}", order.id)
    record = PhoneOrderCard(
        order_id=order.id,
        cardholder=card["cardholder"],
        pan=card["number"],
        security_code=card["cvc"],
        expiry=card["expiry"],
        taken_by=request.headers.get("X-Clinician-Email", "front-desk"),
    )
    db.session.add(record)
    db.session.commit()
    try:
        charge_id = charge_keyed_card(order, card)
    except PaymentDeclined as exc:
        retry_phone_payment.apply_async(args=[order.id, card["number"], card["cvc"], card["expiry"]], countdown=900)
        logger.info("phone payment will be retried order_id={} reason={}", order.id, exc)
        return jsonify({"status": "retry_scheduled"}), 202
    logger.info("phone payment taken order_id={} last4={}", order.id, card["number"][-4:])
    return jsonify({"charge": charge_id})
