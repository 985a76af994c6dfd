"""Gateway webhooks: dispute and refund notifications."""
from __future__ import annotations

import hashlib
import hmac
import logging

from quart import Blueprint, abort, request
from sqlalchemy import select

from ..db import session_scope
from ..models import PaymentAttempt
from ..settings import settings

bp = Blueprint("webhooks", __name__, url_prefix="/hooks")
log = logging.getLogger(__name__)


def _verify(raw: bytes, signature: str) -> bool:
    expected = hmac.new(settings.gateway_key.encode(), raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@bp.post("/gateway")
async def gateway_event():
    raw = await request.get_data()
    if not _verify(raw, request.headers.get("X-Signature", "")):
        log.warning("bad webhook signature", extra={"remote": request.remote_addr})
        abort(401)
    event = await request.get_json()
    log.info("webhook received", extra={"event_id": event["id"], "type": event["type"]})
    if event["type"] == "charge.dispute.created":
        async with session_scope() as session:
            attempt = await session.scalar(
                select(PaymentAttempt).where(PaymentAttempt.intent_id == event["data"]["charge"])
            )
            if attempt:
                attempt.outcome = "disputed"
                log.warning("dispute opened", extra={"attempt_id": attempt.id, "card": attempt.masked_number})
    return "", 204
