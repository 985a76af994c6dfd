from celery import shared_task
from loguru import logger

from .extensions import db
from .models import AidOrder, Patient
from .services import crm
from .services.billing import PaymentDeclined, charge_keyed_card, notify_workshop, submit_insurance_claim
from .services.reviews import invite_review


@shared_task(bind=True, max_retries=5, default_retry_delay=120)
def sync_patient_profile(self, patient_id: int) -> None:
    patient = db.session.get(Patient, patient_id)
    if patient is None:
        return
    crm.upload_patient_profile(patient)


@shared_task(bind=True, max_retries=3)
def retry_phone_payment(self, order_id: int, number: str, cvc: str, expiry: str) -> None:
    order = db.session.get(AidOrder, order_id)
    try:
        charge_keyed_card(order, {"number": number, "cvc": cvc, "expiry": expiry, "cardholder": order.patient.full_name})
    except PaymentDeclined as exc:
        logger.warning("retry {} failed for order {} card ending {}", self.request.retries, order_id, number[-4:])
        raise self.retry(exc=exc, countdown=3600)


@shared_task
def after_delivery(order_id: int) -> None:
    order = db.session.get(AidOrder, order_id)
    notify_workshop(order)
    submit_insurance_claim(order)
    invite_review(order.patient, order)
    logger.info("post-delivery tasks done for {}", order.patient)
