"""Product analytics through Amplitude's HTTP V2 API."""

from __future__ import annotations

import hashlib
import logging
import os
import time

import httpx

log = logging.getLogger("vetclinic.analytics")

AMPLITUDE_URL = "https://api2.amplitude.com/2/httpapi"
API_KEY = os.environ.get("AMPLITUDE_API_KEY", "")


def _digest(value: str) -> str:
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()


async def _send(events: list[dict]) -> None:
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.post(AMPLITUDE_URL, json={"api_key": API_KEY, "events": events})
        if resp.status_code != 200:
            log.warning("amplitude rejected %d events: %s", len(events), resp.status_code)


async def track_booking_created(owner: dict, booking_id: int, species: str) -> None:
    event = {
        "user_id": str(owner["id"]),
        "event_type": "booking_created",
        "time": int(time.time() * 1000),
        "user_properties": {
            "email": owner["email"],
            "phone": owner["phone"],
            "name": owner["full_name"],
        },
        "event_properties": {"booking_id": booking_id, "species": species},
    }
    await _send([event])


async def track_signup(owner: dict) -> None:
    await _send(
        [
            {
                "user_id": _digest(owner["email"]),
                "event_type": "owner_signed_up",
                "user_properties": {"postcode_area": owner["postcode"][:3]},
            }
        ]
    )


async def track_reminder_opened(owner_id: int, channel: str) -> None:
    await _send([{"user_id": str(owner_id), "event_type": "reminder_opened", "event_properties": {"channel": channel}}])
