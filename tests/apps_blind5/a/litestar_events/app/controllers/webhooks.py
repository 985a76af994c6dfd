"""Gateway webhooks: signature check, then status updates keyed by payment intent."""
from __future__ import annotations

import hashlib
import hmac
import logging

from litestar import Request, post
from litestar.exceptions import PermissionDeniedException

from app.models import Order, OrderStatus
from app.settings import settings

logger = logging.getLogger("gigstack.webhooks")


def _verify(raw: bytes, signature: str) -> bool:
    digest = hmac.new(settings.gateway_secret.encode(), raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, signature)


@post("/webhooks/paystream")
async def paystream_webhook(request: Request) -> dict[str, bool]:
    raw = await request.body()
    if not _verify(raw, request.headers.get("x-paystream-signature", "")):
        logger.warning("webhook signature mismatch ip=%s", request.client.host if request.client else "-")
        raise PermissionDeniedException()
    event = await request.json()
    intent = event["data"]["object"]["id"]
    kind = event["type"]
    logger.info("webhook received type=%s intent=%s delivery=%s", kind, intent, event.get("id"))
    order = await Order.get_or_none(payment_intent_id=intent)
    if order is None:
        logger.info("webhook for unknown intent=%s", intent)
        return {"ok": True}
    if kind == "charge.refunded":
        order.status = OrderStatus.REFUNDED
    elif kind == "charge.failed":
        order.status = OrderStatus.FAILED
    await order.save(update_fields=["status"])
    return {"ok": True}


@post("/webhooks/sms-status")
async def sms_status(request: Request) -> dict[str, bool]:
    form = await request.form()
    logger.info("sms delivery sid=%s status=%s error=%s", form.get("MessageSid"), form.get("MessageStatus"), form.get("ErrorCode"))
    logger.info("sms status callback: %s", dict(form))
    return {"ok": True}
