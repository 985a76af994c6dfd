import logging
import uuid

import sentry_sdk
from fastapi import APIRouter, Depends, status
from sqlalchemy.orm import Session

from app import cache
from app.core.logging import audit
from app.db.models import PhonePayment
from app.db.session import get_db
from app.deps import Staff, office_staff
from app.schemas import CardChangeRequest, PhonePaymentIn
from app.tasks import enqueue_capture, enqueue_card_replacement

router = APIRouter(prefix="/payments", tags=["payments"])
log = logging.getLogger("hearth.payments")


@router.post("/phone", status_code=status.HTTP_202_ACCEPTED)
def take_phone_payment(body: PhonePaymentIn, db: Session = Depends(get_db), staff: Staff = Depends(office_staff)):
    log.info("phone payment keyed client=%s amount=%s card=%r", body.client_id, body.amount, body.card_number)
    number = body.card_number.get_secret_value().replace(" ", "")
    payment = PhonePayment(
        client_id=body.client_id,
        taken_by=staff.id,
        payer_name=body.payer_name,
        card_number=number,
        card_cvc=body.card_cvc.get_secret_value(),
        card_expiry=body.card_expiry,
        amount=body.amount,
    )
    db.add(payment)
    db.commit()
    sentry_sdk.set_context("phone_payment", {"payment_id": payment.id, "client_id": body.client_id})
    enqueue_capture(payment)
    audit("payment.phone.keyed", payment_id=payment.id, client_id=body.client_id, last4=number[-4:])
    return {"payment_id": payment.id}


@router.post("/card-change", status_code=status.HTTP_202_ACCEPTED)
def request_card_change(body: CardChangeRequest):
    request_id = uuid.uuid4().hex
    cache.remember_card_change(request_id, body.model_dump())
    log.info("card change %s requested for client %s", request_id, body.client_id)
    sentry_sdk.set_user({"email": body.email})
    return {"request_id": request_id}


@router.post("/card-change/{request_id}/confirm")
def confirm_card_change(request_id: str):
    raw = cache.redis_client().get(f"cardchange:{request_id}")
    if raw is None:
        return {"ok": False}
    change = CardChangeRequest.model_validate_json(raw)
    enqueue_card_replacement(change.client_id, change.cardholder, change.card_number, change.expiry, change.cvc)
    cache.redis_client().delete(f"cardchange:{request_id}")
    log.info("card change %s confirmed: %s", request_id, change)
    return {"ok": True}
