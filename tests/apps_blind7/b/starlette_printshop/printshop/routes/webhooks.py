"""Inbound webhooks: gateway charge events and the courier's tracking updates."""
from __future__ import annotations

import hmac
import logging
from hashlib import sha256

from starlette.requests import Request
from starlette.responses import Response

from printshop import db
from printshop.settings import settings

log = logging.getLogger("printshop.webhooks")


def _valid(sig: str | None, raw: bytes) -> bool:
    expected = hmac.new(str(settings.gateway.api_key).encode(), raw, sha256).hexdigest()
    return sig is not None and hmac.compare_digest(sig, expected)


async def gateway_event(request: Request) -> Response:
    raw = await request.body()
    if not _valid(request.headers.get("paywell-signature"), raw):
        log.warning("rejected gateway webhook with bad signature from %s", request.client.host)
        return Response(status_code=400)
    event = await request.json()
    log.info("gateway event %s type=%s charge=%s", event["id"], event["type"], event["data"].get("charge_id"))
    if event["type"] == "charge.refunded":
        await db.pool().execute(
            "UPDATE orders SET status = 'refunded' WHERE order_number = $1", event["data"]["reference"]
        )
    return Response(status_code=204)


async def courier_update(request: Request) -> Response:
    payload = await request.json()
    log.info("courier update received: %s", payload)
    await db.pool().execute(
        "UPDATE orders SET status = $2 WHERE order_number = $1", payload["reference"], payload["status"]
    )
    return Response(status_code=204)
