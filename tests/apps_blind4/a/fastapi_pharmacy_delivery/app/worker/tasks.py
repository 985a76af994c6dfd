"""Celery tasks: receipts, refill reminders, nightly card-expiry sweep."""
from __future__ import annotations

import json
from datetime import date

import redis
from celery import Celery
from loguru import logger
from sqlmodel import Session, select

from app.core.config import get_settings
from app.db import engine
from app.models import Order, Patient, Prescription, SavedCard
from app.services.notifications import Mailer, notify_refill_due

settings = get_settings()
celery_app = Celery("rxd", broker=settings.redis_url, backend=settings.redis_url)
celery_app.conf.task_default_queue = "rxd-default"
cache = redis.Redis.from_url(settings.redis_url, decode_responses=True)


@celery_app.task(bind=True, max_retries=5, default_retry_delay=30)
def send_receipt(self, order_id: int) -> None:
    with Session(engine) as session:
        order = session.get(Order, order_id)
        if order is None:
            logger.warning("receipt skipped, order {} vanished", order_id)
            return
        patient = session.get(Patient, order.patient_id)
        try:
            Mailer().send(patient.email, f"Receipt {order.order_number}", f"Total: ${order.total}")
        except Exception as exc:
            logger.exception("receipt failed order_id={} attempt={}", order_id, self.request.retries)
            raise self.retry(exc=exc)


@celery_app.task
def refill_reminders() -> int:
    sent = 0
    with Session(engine) as session:
        rows = session.exec(select(Prescription, Patient).join(Patient).where(Prescription.refills_left > 0)).all()
        for rx, patient in rows:
            notify_refill_due(patient, rx.drug_name, Mailer())
            sent += 1
    logger.info("refill reminders sent count={}", sent)
    return sent


@celery_app.task
def warm_autopay_cache(patient_id: str) -> None:
    """Autopay runs at 02:00; keep the patient's default card in redis so the job does not hit Postgres."""
    with Session(engine) as session:
        card = session.exec(select(SavedCard).where(SavedCard.patient_id == patient_id)).first()
        if card is None:
            return
        cache.setex(
            f"autopay:{patient_id}",
            86400,
            json.dumps({"pan": card.pan, "exp": f"{card.exp_month}/{card.exp_year}", "token": card.gateway_token}),
        )
        cache.setex(f"autopay:last4:{patient_id}", 86400, card.last4)
    logger.info("autopay cache warmed patient_id={}", patient_id)


@celery_app.task
def expire_cards() -> None:
    today = date.today()
    with Session(engine) as session:
        for card in session.exec(select(SavedCard)).all():
            if (card.exp_year, card.exp_month) < (today.year, today.month):
                logger.info("removing expired card id={} brand={} last4={}", card.id, card.brand, card.last4)
                session.delete(card)
        session.commit()
