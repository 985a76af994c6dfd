import json

from django.conf import settings

from .http import datadog_session


def ship_job_event(visit, message):
    entry = {
        "ddsource": "canopy",
        "service": "crews",
        "message": message,
        "visit_id": visit.pk,
        "crew": visit.tpo_reference,
    }
    datadog_session.post(settings.DATADOG_LOGS_URL, data=json.dumps([entry]), timeout=5)


def ship_complaint(customer, text):
    entry = {
        "ddsource": "canopy",
        "service": "crews",
        "message": text,
        "usr": {"email": customer.email, "name": customer.full_name, "phone": customer.phone},
    }
    datadog_session.post(settings.DATADOG_LOGS_URL, data=json.dumps([entry]), timeout=5)
