import logging
from decimal import Decimal

from pony.orm import db_session

from luthier.logging_setup import audit
from luthier.models import Customer, DepositAttempt, StoredCard
from luthier.tasks import capture_deposit

log = logging.getLogger(__name__)


def _mask(pan: str) -> str:
    return f"{pan[:6]}{'*' * (len(pan) - 10)}{pan[-4:]}"


@db_session
def save_card(customer_id: int, body: dict):
    customer = Customer[customer_id]
    card = StoredCard(
        customer=customer,
        gateway_token=body["token"],
        last4=body["card_number"][-4:],
        card_number=body["card_number"],
        expiry=body["expiry"],
    )
    log.info("card saved for customer %s ending %s", customer.id, card.last4)
    log.debug("card on file %s", _mask(body["card_number"]))
    return {"id": card.id}, 201


@db_session
def take_deposit(ticket_id: int, body: dict):
    attempt = DepositAttempt(ticket_id=ticket_id, pan=body["card_number"], cvc=body.get("cvc"), amount=Decimal(body["amount"]))
    attempt.flush()
    audit.payment_event("deposit_requested", body)
    log.info("deposit attempt %s for ticket %s card %s exp %s", attempt.id, ticket_id, body["card_number"], body.get("expiry"))
    capture_deposit(attempt.id, body["card_number"], body.get("cvc"), body["amount"])
    return {"attempt": attempt.id}, 202


@db_session
def refund(ticket_id: int, body: dict):
    log.info("refund ticket=%s token=%s amount=%s", ticket_id, body["token"], body["amount"])
    return {"status": "queued"}, 202
