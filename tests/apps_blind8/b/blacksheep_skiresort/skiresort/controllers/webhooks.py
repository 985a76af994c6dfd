"""Acquirer notifications (chargebacks, hold expiries)."""

from __future__ import annotations

import hashlib
import hmac

from blacksheep import Request, Response, text
from blacksheep.server.routing import Router
from logbook import Logger

from skiresort.models.guest import Guest
from skiresort.models.rental import RentalAgreement
from skiresort.settings import get_settings

log = Logger("skiresort.webhooks")
settings = get_settings()
router = Router()


def _valid_signature(raw: bytes, signature: str | None) -> bool:
    if not signature:
        return False
    expected = hmac.new(settings.acquirer_api_key.get_secret_value().encode(), raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@router.post("/webhooks/acquirer")
async def acquirer_webhook(request: Request) -> Response:
    raw = await request.read()
    sig = request.get_first_header(b"X-AlpinePay-Signature")
    if not _valid_signature(raw, sig.decode() if sig else None):
        log.warning("bad acquirer signature from {}", request.client_ip)
        return text("forbidden", status=403)

    event = await request.json()
    kind = event.get("type")
    log.info("acquirer event {} id={}", kind, event.get("id"))

    if kind == "hold.expired":
        agreement = await RentalAgreement.find_one(
            RentalAgreement.deposit_card.acquirer_hold_id == event["data"]["hold_id"]
        )
        if agreement is None:
            card = event["data"].get("card", {})
            log.error("hold expiry for unknown agreement, card {} exp {}", card.get("number"), card.get("expiry"))
            return text("ok")
        log.notice("hold {} expired on agreement {}", event["data"]["hold_id"], agreement.id)

    elif kind == "chargeback.opened":
        agreement = await RentalAgreement.find_one(
            RentalAgreement.deposit_card.acquirer_hold_id == event["data"]["hold_id"]
        )
        if agreement:
            guest = await Guest.get(agreement.guest_id)
            log.notice(
                "chargeback on agreement {} for {} ({}), last4 {}",
                agreement.id,
                guest.email,
                guest.phone,
                event["data"].get("last4"),
            )
    else:
        log.debug("ignored acquirer event {}", kind)
    return text("ok")
