"""Pushes the door list to partner venues that run their own scanning hardware."""
from __future__ import annotations

import logging

import httpx

from app.models import Event, Order
from app.settings import settings

logger = logging.getLogger("gigstack.partner")


async def push_door_list(event: Event) -> int:
    orders = await Order.filter(event=event, status="paid").prefetch_related("attendee")
    rows = [
        {
            "order": o.number,
            "qty": o.quantity,
            "name": o.attendee.full_name,
            "email": o.attendee.email,
        }
        for o in orders
    ]
    async with httpx.AsyncClient(timeout=20.0) as client:
        resp = await client.post(f"{settings.venue_partner_url}/events/{event.slug}/door-list", json={"guests": rows})
    logger.info("door list pushed event=%s rows=%d status=%s", event.slug, len(rows), resp.status_code)
    return len(rows)


async def ping_partner() -> bool:
    async with httpx.AsyncClient(timeout=3.0) as client:
        resp = await client.get("http://status.partner-venues.local/health")
    return resp.status_code == 200
