"""TidePay webhooks: keep saved-card metadata and charge status in sync."""
import hashlib
import hmac
import json as jsonlib
import logging

from sanic import Blueprint, HTTPResponse, empty
from sanic.request import Request

from marina import settings
from marina.tables.payments import Charge, SavedCard

bp = Blueprint("webhooks", url_prefix="/webhooks")
log = logging.getLogger("marina.webhooks")

HANDLED = {"charge.succeeded", "charge.failed", "card.updated"}


def _verify(body: bytes, signature: str | None) -> bool:
    if not signature:
        return False
    digest = hmac.new(settings.GATEWAY_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, signature)


@bp.post("/tidepay")
async def tidepay(request: Request) -> HTTPResponse:
    if not _verify(request.body, request.headers.get("x-tidepay-signature")):
        log.warning("webhook signature mismatch ip=%s", request.ip)
        return empty(status=401)
    event = jsonlib.loads(request.body)
    if event["type"] not in HANDLED:
        log.debug("ignoring webhook type=%s id=%s", event["type"], event["id"])
        return empty()
    data = event["data"]
    if event["type"] == "card.updated":
        await SavedCard.update(
            {SavedCard.last4: data["last4"], SavedCard.exp_month: data["exp_month"], SavedCard.exp_year: data["exp_year"]}
        ).where(SavedCard.gateway_token == data["token"])
        log.info("card metadata refreshed token=%s last4=%s", data["token"], data["last4"])
    else:
        status = "succeeded" if event["type"] == "charge.succeeded" else "failed"
        await Charge.update({Charge.status: status}).where(Charge.gateway_charge_id == data["id"])
        log.info("charge %s marked %s (event %s)", data["id"], status, event["id"])
    return empty()
