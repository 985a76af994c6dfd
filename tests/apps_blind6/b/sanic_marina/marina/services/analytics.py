"""Product analytics through PostHog's capture API."""
import hashlib
import logging

import httpx

from marina import settings

log = logging.getLogger("marina.analytics")


def _distinct_id(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


async def capture(event: str, distinct_id: str, properties: dict) -> None:
    async with httpx.AsyncClient(base_url=settings.POSTHOG_HOST) as client:
        await client.post(
            "/capture/",
            json={"api_key": settings.POSTHOG_KEY, "event": event, "distinct_id": distinct_id, "properties": properties},
        )


async def booking_created(boater, booking) -> None:
    await capture(
        "booking_created",
        _distinct_id(boater.email),
        {"berth": booking.berth_code, "nights": (booking.departure - booking.arrival).days},
    )


async def identify_boater(boater) -> None:
    async with httpx.AsyncClient(base_url=settings.POSTHOG_HOST) as client:
        await client.post(
            "/capture/",
            json={
                "api_key": settings.POSTHOG_KEY,
                "event": "$identify",
                "distinct_id": str(boater.id),
                "$set": {"email": boater.email, "name": boater.full_name, "phone": boater.phone},
            },
        )
    log.info("identified boater id=%s in analytics", boater.id)
