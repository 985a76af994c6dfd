"""Callbacks from the card gateway and from HomeGuard."""

from __future__ import annotations

import hashlib
import hmac
import json

import bottle

from ..logs import get_logger
from ..settings import settings

app = bottle.Bottle()
log = get_logger("webhooks")


def _verified(secret: str, header: str) -> bytes:
    raw = bottle.request.body.read()
    expected = hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, bottle.request.get_header(header, "")):
        log.warning("bad %s signature from %s", header, bottle.request.remote_addr)
        bottle.abort(401)
    return raw


@app.post("/gateway")
def gateway_event(conn):
    event = json.loads(_verified(settings.gateway_webhook_secret, "X-PZ-Signature"))
    data = event.get("data", {})
    log.info("gateway event %s ref=%s", event["type"], data.get("reference"))
    if event["type"] == "payment.refunded":
        conn.execute("UPDATE call_outs SET status = 'refunded' WHERE id = %s",
                     (int(data["reference"].removeprefix("KF-")),))
    elif event["type"] == "dispute.opened":
        log.warning("dispute opened: %s", data)
    return {"received": True}


@app.post("/homeguard")
def insurer_event(conn):
    body = json.loads(_verified(settings.insurer_webhook_secret, "X-HG-Signature"))
    log.info("HomeGuard callback %s", json.dumps(body))
    conn.execute("UPDATE insurer_claims SET status = %s WHERE claim_ref = %s",
                 (body["status"], body["claimReference"]))
    return {"received": True}
