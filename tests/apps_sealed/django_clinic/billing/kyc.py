"""Verification of Indian tax identities before reimbursement claims."""

import logging
import re

import requests
from django.utils import timezone

from .models import KycRecord, Patient

logger = logging.getLogger("billing.kyc")
PAN_FORMAT = re.compile(r"^[A-Z]{5}[0-9]{4}[A-Z]$")


def verify_pan(patient: Patient, pan_number: str, aadhaar: str) -> bool:
    pan_number = pan_number.strip().upper()
    if not PAN_FORMAT.match(pan_number):
        logger.info("rejected malformed PAN for patient %s", patient.pk)
        return False
    resp = requests.post(
        "https://kyc.taxverify.example/v1/pan",
        json={"pan": pan_number, "name": f"{patient.first_name} {patient.last_name}"},
        timeout=10,
    )
    if resp.json().get("status") != "VALID":
        logger.warning("PAN %s did not match name %s %s", pan_number, patient.first_name, patient.last_name)
        return False
    KycRecord.objects.update_or_create(
        patient=patient,
        defaults={"pan_number": pan_number, "aadhaar_last4": aadhaar[-4:], "verified_at": timezone.now()},
    )
    logger.info("PAN verified for patient %s (****%s)", patient.pk, pan_number[-4:])
    return True
