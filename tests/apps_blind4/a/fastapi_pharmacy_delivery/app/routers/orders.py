"""Checkout and order endpoints."""
from __future__ import annotations

import secrets
from decimal import Decimal

from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException, Request, status
from loguru import logger
from sqlmodel import Session, select

from app.db import get_session
from app.deps import current_patient
from app.models import GiftCard, Order, OrderStatus, Patient, Prescription, SavedCard
from app.schemas import CheckoutRequest, CheckoutResponse
from app.services import analytics
from app.services.payments import PayCoreClient, PaymentDeclined
from app.worker.tasks import send_receipt

router = APIRouter(prefix="/orders", tags=["orders"])


def _new_order_number() -> str:
    return "RX-" + secrets.token_hex(4).upper()


@router.post("/checkout", response_model=CheckoutResponse, status_code=status.HTTP_201_CREATED)
async def checkout(
    payload: CheckoutRequest,
    request: Request,
    background: BackgroundTasks,
    patient: Patient = Depends(current_patient),
    session: Session = Depends(get_session),
) -> CheckoutResponse:
    client_ip = request.client.host if request.client else "-"
    logger.info("checkout started patient_id={} ip={}", patient.id, client_ip)
    logger.debug("checkout payload: {}", payload.model_dump())

    rxs = session.exec(select(Prescription).where(Prescription.id.in_(payload.prescription_ids))).all()
    if not rxs:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "no prescriptions")
    total = Decimal("9.99") * len(rxs)

    if payload.gift_card_code:
        gift = session.exec(select(GiftCard).where(GiftCard.code == payload.gift_card_code)).first()
        if gift is None:
            logger.warning("unknown gift card code={} patient_id={}", payload.gift_card_code, patient.id)
        else:
            total = max(Decimal(0), total - gift.balance)

    order = Order(order_number=_new_order_number(), patient_id=patient.id, total=total)
    gateway = PayCoreClient()
    try:
        if payload.saved_card_id:
            card = session.get(SavedCard, payload.saved_card_id)
            token = card.gateway_token
        else:
            token = await gateway.tokenize(payload.card)
            if payload.save_card:
                session.add(
                    SavedCard(
                        patient_id=patient.id,
                        brand="unknown",
                        pan=payload.card.card_number,
                        last4=payload.card.last4,
                        exp_month=payload.card.exp_month,
                        exp_year=payload.card.exp_year,
                        gateway_token=token,
                    )
                )
        result = await gateway.charge(order_number=order.order_number, amount=total, token=token)
    except PaymentDeclined as exc:
        logger.warning("checkout declined order={} code={} patient_id={}", exc.order_number, exc.code, patient.id)
        raise HTTPException(status.HTTP_402_PAYMENT_REQUIRED, "card declined") from exc
    finally:
        await gateway.aclose()

    order.payment_intent_id = result.intent_id
    order.status = OrderStatus.paid
    session.add(order)
    session.commit()
    logger.info("order {} paid intent={} last4={}", order.order_number, result.intent_id, result.last4)

    analytics.track_order_completed(patient, order)
    background.add_task(send_receipt.delay, order.id)
    return CheckoutResponse(order_number=order.order_number, status=order.status, total=total, card_last4=result.last4)


@router.get("/{order_number}")
def get_order(order_number: str, patient: Patient = Depends(current_patient), session: Session = Depends(get_session)):
    order = session.exec(select(Order).where(Order.order_number == order_number)).first()
    if order is None or order.patient_id != patient.id:
        logger.info("order lookup miss order_number={} patient_id={}", order_number, patient.id)
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    return order
