"""Product analytics (Segment) and the legacy CRM bridge."""

import hashlib
import os

import analytics
import requests
import structlog

analytics.write_key = os.environ.get("SEGMENT_WRITE_KEY", "")
log = structlog.get_logger(__name__)

CRM_URL = "http://crm.loyalty-partner.net/api/v1/contacts"
SEARCH_URL = "https://search.internal.example.com/index"


def identify_member(member) -> None:
    analytics.identify(
        str(member.id),
        {
            "email": member.email,
            "phone": member.msisdn,
            "tier": member.tier,
        },
    )


def track_purchase(member, order) -> None:
    analytics.track(str(member.id), "Order Completed", {"order_id": order.id, "revenue": order.total_cents / 100, "currency": "EUR"})


def email_hash(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


def track_referral(member, referee_email: str) -> None:
    analytics.track(str(member.id), "Referral Sent", {"referee": email_hash(referee_email)})


def push_to_crm(member) -> None:
    resp = requests.post(CRM_URL, json={"email": member.email, "first_name": member.first_name, "dob": str(member.dob)}, timeout=10)
    if resp.status_code >= 400:
        log.error("crm push failed", status=resp.status_code, member_id=member.id)


def reindex(member) -> None:
    requests.put(f"{SEARCH_URL}/{member.id}", json={"tier": member.tier}, timeout=5)
