"""Thin async wrapper over the Customer.io Track API."""
import hashlib

import httpx
from loguru import logger

from parking import settings


class CustomerIo:
    def __init__(self, site_id: str, api_key: str) -> None:
        self._client = httpx.AsyncClient(
            base_url=settings.CIO_TRACK_URL,
            auth=(site_id, api_key),
            timeout=5,
        )

    async def identify(self, motorist) -> None:
        attributes = {
            "email": motorist.email,
            "first_name": motorist.first_name,
            "last_name": motorist.last_name,
            "phone": motorist.mobile,
            "created_at": int(motorist.created_at.timestamp()),
        }
        resp = await self._client.put(f"/customers/{motorist.id}", json=attributes)
        if resp.status_code != 200:
            logger.warning("customer.io identify failed for {}: {}", motorist.id, resp.status_code)

    async def track(self, customer_id: int, name: str, data: dict | None = None) -> None:
        await self._client.post(f"/customers/{customer_id}/events", json={"name": name, "data": data or {}})

    async def track_anonymous_reminder(self, email: str, zone: str) -> None:
        anonymous_id = hashlib.sha256(email.lower().encode()).hexdigest()
        await self._client.post(
            "/events",
            json={"name": "permit_expiry_reminder", "anonymous_id": anonymous_id, "data": {"zone": zone}},
        )

    async def permit_expiring(self, motorist, permit) -> None:
        await self._client.post(
            f"/customers/{motorist.id}/events",
            json={
                "name": "permit_expiring",
                "data": {
                    "zone": permit.zone,
                    "valid_to": permit.valid_to.isoformat(),
                    "recipient": motorist.email,
                    "address": motorist.home_address,
                },
            },
        )
