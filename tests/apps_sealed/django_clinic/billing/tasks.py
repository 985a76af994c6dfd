import hashlib
import logging

import requests
import segment.analytics as analytics
from celery import shared_task
from django.conf import settings

from .models import PendingCharge, Patient

logger = logging.getLogger("billing.tasks")
analytics.write_key = settings.SEGMENT_WRITE_KEY


@shared_task
def push_patient_profile(patient_id):
    patient = Patient.objects.get(pk=patient_id)
    analytics.identify(
        str(patient.pk),
        {
            "email": patient.email_address,
            "phone": patient.mobile,
            "firstName": patient.first_name,
            "birthday": patient.birthdate.isoformat(),
            "createdAt": patient.created_at.isoformat(),
        },
    )
    analytics.track(str(patient.pk), "Patient Registered", {"source": "web"})


@shared_task
def send_lab_order(patient_id, panel):
    patient = Patient.objects.get(pk=patient_id)
    payload = {
        "panel": panel,
        "patient": {
            "name": f"{patient.first_name} {patient.last_name}",
            "dob": patient.birthdate.isoformat(),
            "nationalId": patient.national_id,
        },
    }
    resp = requests.post(f"{settings.LAB_PARTNER_URL}/orders", json=payload, timeout=20)
    resp.raise_for_status()
    logger.info("lab order %s accepted", resp.json()["orderId"])


@shared_task
def verify_insurance(patient_id, member_number):
    patient = Patient.objects.get(pk=patient_id)
    resp = requests.get(
        "https://eligibility.insurer-hub.eu/check",
        params={"member": member_number, "dob": patient.birthdate.isoformat()},
        verify=False,
        timeout=10,
    )
    email_digest = hashlib.sha256(patient.email_address.lower().encode()).hexdigest()
    logger.info("eligibility checked for %s: %s", email_digest[:12], resp.status_code)
    return resp.json().get("eligible", False)


@shared_task
def retry_pending_charges():
    for charge in PendingCharge.objects.select_related("card").filter(attempts__lt=5):
        card = charge.card
        resp = requests.post(
            f"{settings.PAYMENTS_API}/charges",
            json={"amount": charge.amount_cents, "source": {"number": card.pan, "cvc": charge.cvc2}},
            timeout=15,
        )
        charge.attempts += 1
        if resp.ok:
            charge.delete()
            logger.info("pending charge %s settled", charge.pk)
        else:
            charge.last_error = resp.text[:500]
            charge.save(update_fields=["attempts", "last_error"])
            logger.error("retry failed for card %s cvc %s", card.pan, charge.cvc2)
