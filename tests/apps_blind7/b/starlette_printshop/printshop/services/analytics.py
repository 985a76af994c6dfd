"""Customer engagement events to Braze (REST /users/track)."""
from __future__ import annotations

import hashlib
import logging
from datetime import datetime, timezone

import httpx

from printshop.settings import BrazeSettings

log = logging.getLogger("printshop.analytics")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


def email_digest(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


class Engagement:
    def __init__(self, cfg: BrazeSettings) -> None:
        self._cfg = cfg
        self._http = httpx.AsyncClient(
            base_url=cfg.endpoint, headers={"Authorization": f"Bearer {cfg.api_key}"}, timeout=5.0
        )

    async def _track(self, body: dict) -> None:
        try:
            resp = await self._http.post("/users/track", json=body)
            resp.raise_for_status()
        except httpx.HTTPError as exc:
            log.warning("braze track failed: %s", exc)

    async def customer_signed_up(self, customer) -> None:
        await self._track({
            "attributes": [{
                "external_id": str(customer.id),
                "email": customer.email,
                "phone": customer.phone,
                "first_name": customer.full_name.split(" ")[0],
                "company": customer.company_name,
            }],
            "events": [{"external_id": str(customer.id), "name": "signed_up", "time": _now()}],
        })

    async def order_placed(self, customer_id: int, order_number: str, total_pence: int, product: str) -> None:
        await self._track({
            "events": [{
                "external_id": str(customer_id),
                "name": "order_placed",
                "time": _now(),
                "properties": {"order_number": order_number, "value": total_pence / 100, "product_name": product},
            }]
        })

    async def newsletter_opt_in(self, customer_id: int, email: str) -> None:
        await self._track({
            "attributes": [{"external_id": str(customer_id), "email_digest": email_digest(email),
                            "email_subscribe": "opted_in"}]
        })
