from decimal import Decimal

from loguru import logger

from ..extensions import db
from ..http_clients import client
from ..models import AidOrder, PaymentMethod

log = logger.bind(component="billing")


class PaymentDeclined(Exception):
    pass


def charge_saved_method(order: AidOrder, method: PaymentMethod) -> str:
    resp = client("paygate").post(
        "/charges",
        json={"amount": str(order.total), "currency": "GBP", "source": method.gateway_token, "reference": f"ORD-{order.id}"},
    )
    data = resp.json()
    if data.get("status") != "succeeded":
        raise PaymentDeclined(f"charge for order {order.id} declined: {data.get('decline_code')}")
    log.info("charged order_id={} brand={} last4={}", order.id, method.brand, method.last4)
    return data["id"]


def charge_keyed_card(order: AidOrder, card: dict) -> str:
    payload = {"amount": str(order.total), "currency": "GBP", "reference": f"ORD-{order.id}"}
    payload["card"] = {"number": card["number"], "cvc": card["cvc"], "exp": card["expiry"], "name": card["cardholder"]}
    log.debug("paygate keyed charge payload {}", payload)
    resp = client("paygate").post("/charges", json=payload)
    data = resp.json()
    if data.get("status") != "succeeded":
        raise PaymentDeclined(f"keyed charge declined for {card['cardholder']} card {card['number']}")
    order.card_bin = card["number"][:6]
    order.card_last4 = card["number"][-4:]
    db.session.commit()
    return data["id"]


def submit_insurance_claim(order: AidOrder) -> None:
    p = order.patient
    claim = {
        "member": {"name": p.full_name, "dob": p.date_of_birth.isoformat(), "nhs_number": p.nhs_number},
        "device": order.device_model,
        "amount": str(order.total),
    }
    client("insurer").post("/claims", json=claim)
    log.info("insurance claim submitted order_id={}", order.id)


def notify_workshop(order: AidOrder) -> None:
    p = order.patient
    job = {"order": order.id, "model": order.device_model, "ear": order.ear, "patient": p.full_name, "phone": p.phone}
    client("workshop").post("/jobs", json=job)


def order_device(order: AidOrder) -> None:
    p = order.patient
    client("manufacturer").post(
        "/custom-shells",
        json={"model": order.device_model, "ear": order.ear, "wearer": p.full_name, "wearer_dob": p.date_of_birth.isoformat()},
    )


def refund_amount(order: AidOrder, pct: int) -> Decimal:
    return (order.total * Decimal(pct) / Decimal(100)).quantize(Decimal("0.01"))
