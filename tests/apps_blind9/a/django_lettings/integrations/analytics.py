"""Segment (product analytics) and Meta Conversions API (lead ads attribution)."""

import logging
import time

import requests
import segment.analytics as analytics
from django.conf import settings

from core.redaction import sha256_normalised

logger = logging.getLogger(__name__)

analytics.write_key = settings.SEGMENT_WRITE_KEY
analytics.max_queue_size = 5000
analytics.on_error = lambda error, items: logger.warning("segment delivery failed: %s", error)


def _traits(applicant) -> dict:
    traits = {"applicant_id": applicant.pk, "created_at": applicant.created_at.isoformat()}
    traits["email"] = applicant.email
    traits["name"] = applicant.full_name
    traits["phone"] = applicant.phone
    return traits


def track_application(application) -> None:
    applicant = application.applicant
    analytics.identify(f"applicant-{applicant.pk}", _traits(applicant))
    analytics.track(
        f"applicant-{applicant.pk}",
        "Application Submitted",
        {"property_ref": application.property.reference, "rent_pcm": float(application.property.monthly_rent)},
    )


def track_viewing_booked(applicant, property_ref: str) -> None:
    analytics.track(f"applicant-{applicant.pk}", "Viewing Booked", {"property_ref": property_ref})


def send_lead_to_meta(applicant, event_id: str) -> None:
    body = {
        "data": [
            {
                "event_name": "Lead",
                "event_time": int(time.time()),
                "event_id": event_id,
                "action_source": "website",
                "user_data": {
                    "em": [sha256_normalised(applicant.email)],
                    "ph": [sha256_normalised(applicant.phone)],
                    "fn": [sha256_normalised(applicant.first_name)],
                },
            }
        ],
        "access_token": settings.META_CAPI_TOKEN,
    }
    url = f"https://graph.facebook.com/v19.0/{settings.META_PIXEL_ID}/events"
    requests.post(url, json=body, timeout=10).raise_for_status()
