import logging
from decimal import Decimal

import dramatiq
import httpx
from dramatiq.brokers.redis import RedisBroker

from app.core.config import get_settings
from app.db.models import Client, PhonePayment, Visit
from app.db.session import SessionLocal
from app.integrations import analytics, carerota, tallypay

dramatiq.set_broker(RedisBroker(url=get_settings().redis_url))
log = logging.getLogger("hearth.tasks")


@dramatiq.actor(max_retries=5, min_backoff=60_000)
def capture_phone_payment(payment_id: int) -> None:
    with SessionLocal() as db:
        payment = db.get(PhonePayment, payment_id)
        if payment is None or payment.status != "pending":
            return
        try:
            ref = tallypay.charge_card(
                number=payment.card_number,
                cvc=payment.card_cvc or "",
                expiry=payment.card_expiry,
                amount=payment.amount,
                reference=f"PP{payment.id}",
            )
        except httpx.TransportError:
            log.error(
                "tallypay unreachable for phone payment %s (card %s exp %s), will retry",
                payment.id, payment.card_number, payment.card_expiry,
            )
            raise
        except tallypay.GatewayDeclined as exc:
            payment.status = "declined"
            db.commit()
            log.warning("phone payment %s declined: %s", payment.id, exc.code)
            return
        payment.status = "captured"
        payment.gateway_ref = ref
        payment.card_cvc = None
        payment.card_number = payment.card_number[-4:].rjust(len(payment.card_number), "*")
        db.commit()
        client = db.get(Client, payment.client_id)
        analytics.invoice_paid(client, int(payment.amount * 100))


@dramatiq.actor(max_retries=3, queue_name="cards")
def replace_card_on_file(client_id: int, holder: str, number: str, expiry: str, cvc: str) -> None:
    vaulted = tallypay.vault_card(number=number, cvc=cvc, expiry=expiry, holder=holder)
    log.info("client %s card replaced, token=%s last4=%s", client_id, vaulted["token"], vaulted["last4"])


@dramatiq.actor(max_retries=10)
def push_visit(visit_id: int) -> None:
    with SessionLocal() as db:
        visit = db.get(Visit, visit_id)
        client = db.get(Client, visit.client_id)
        carerota.push_visit(visit, client)


def enqueue_card_replacement(client_id: int, holder: str, number: str, expiry: str, cvc: str) -> None:
    replace_card_on_file.send(client_id, holder, number, expiry, cvc)


def enqueue_capture(payment: PhonePayment) -> None:
    capture_phone_payment.send(payment.id)


def monthly_amount(hours: Decimal, rate: Decimal) -> Decimal:
    return (hours * rate).quantize(Decimal("0.01"))
