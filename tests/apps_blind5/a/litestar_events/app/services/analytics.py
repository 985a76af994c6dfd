"""Product analytics through the Amplitude HTTP V2 API."""
from __future__ import annotations

import hashlib
import logging
import time
from typing import Any

import httpx

from app.models import Attendee, Order
from app.settings import settings

logger = logging.getLogger("gigstack.analytics")

AMPLITUDE_URL = "https://api2.amplitude.com/2/httpapi"


def _hashed(value: str) -> str:
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()


async def _send(events: list[dict[str, Any]]) -> None:
    if not settings.amplitude_api_key:
        return
    async with httpx.AsyncClient(timeout=5.0) as client:
        resp = await client.post(AMPLITUDE_URL, json={"api_key": settings.amplitude_api_key, "events": events})
    if resp.status_code != 200:
        logger.warning("amplitude rejected batch size=%d status=%s", len(events), resp.status_code)


async def track_order_paid(order: Order, attendee: Attendee) -> None:
    await _send(
        [
            {
                "user_id": str(attendee.id),
                "event_type": "order_paid",
                "time": int(time.time() * 1000),
                "event_properties": {
                    "order_number": order.number,
                    "quantity": order.quantity,
                    "revenue": order.total_cents / 100,
                    "card_brand": order.card_brand,
                },
            }
        ]
    )


async def identify_attendee(attendee: Attendee) -> None:
    user_properties = {
        "email": attendee.email,
        "name": attendee.full_name,
        "phone": attendee.phone,
        "marketing_opt_in": attendee.marketing_opt_in,
    }
    await _send(
        [
            {
                "user_id": str(attendee.id),
                "event_type": "$identify",
                "user_properties": {"$set": user_properties},
            }
        ]
    )


async def track_newsletter_signup(email: str, source: str) -> None:
    await _send(
        [
            {
                "device_id": _hashed(email),
                "event_type": "newsletter_signup",
                "event_properties": {"source": source, "email_sha256": _hashed(email)},
            }
        ]
    )
