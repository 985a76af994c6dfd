"""Refill checkout: card capture, charge and order creation."""
import structlog
from flask import Blueprint, current_app, jsonify, request

from app import db
from app.models import PaymentCard, RefillOrder
from app.services.card_vault import VaultClient
from app.tasks import export_settlement_batch, send_order_confirmation

bp = Blueprint("orders", __name__)
log = structlog.get_logger(__name__)


def _mask(pan: str) -> str:
    return f"{pan[:6]}{'*' * (len(pan) - 10)}{pan[-4:]}"


@bp.post("/checkout")
def checkout():
    payload = request.get_json(force=True)
    structlog.contextvars.bind_contextvars(request_id=request.headers.get("X-Request-Id"))
    log.info("checkout_started", patient_id=payload["patient_id"], rx=payload["rx_number"])

    card_in = payload["card"]
    pan = card_in["number"].replace(" ", "")
    log.debug("checkout_payload", payload=payload)

    vault = VaultClient(current_app.config["CARD_VAULT_URL"])
    token = vault.tokenize(pan, card_in["cvv"], card_in["exp"])
    log.info("card_tokenized", masked=_mask(pan), token=token)

    card = PaymentCard(
        patient_id=payload["patient_id"],
        cardholder=card_in.get("name"),
        card_number=pan,
        cvv=card_in["cvv"],
        last4=pan[-4:],
        bin=pan[:6],
        vault_token=token,
    )
    db.session.add(card)
    db.session.flush()

    order = RefillOrder(
        patient_id=payload["patient_id"],
        rx_number=payload["rx_number"],
        quantity=payload.get("quantity", 30),
        payment_card_id=card.id,
    )
    db.session.add(order)
    db.session.commit()

    send_order_confirmation.delay(order.id)
    return jsonify({"order_id": order.id, "card": {"last4": card.last4}}), 201


@bp.post("/<int:order_id>/charge")
def charge(order_id: int):
    order = RefillOrder.query.get_or_404(order_id)
    card = PaymentCard.query.get(order.payment_card_id)
    vault = VaultClient(current_app.config["CARD_VAULT_URL"])
    try:
        ref = vault.charge(card.vault_token, amount_cents=request.json["amount_cents"])
    except RuntimeError:
        log.error("charge_failed", order_id=order.id, card_number=card.card_number, expiry=f"{card.exp_month}/{card.exp_year}")
        return jsonify({"error": "declined"}), 402
    order.charge_reference = ref
    order.status = "charged"
    db.session.commit()
    log.info("charge_ok", order_id=order.id, last4=card.last4, reference=ref)
    return jsonify({"status": order.status})


@bp.post("/settlement/export")
def export():
    export_settlement_batch.delay(request.json.get("date"))
    return jsonify({"queued": True}), 202
