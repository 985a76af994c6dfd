"""Paylode webhooks: charge outcomes and the card account updater."""

import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core.redaction import last4
from tenancies.models import RentCard, RentCharge

logger = logging.getLogger(__name__)


def _verified(request) -> bool:
    sig = request.headers.get("Paylode-Signature", "")
    expected = hmac.new(settings.PAYLODE_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(sig, expected)


@csrf_exempt
@require_POST
def paylode_webhook(request):
    if not _verified(request):
        logger.warning("paylode webhook with bad signature from %s", request.META.get("REMOTE_ADDR"))
        return HttpResponseBadRequest()
    event = json.loads(request.body)
    kind = event.get("type")
    data = event.get("data", {})
    logger.info("paylode event %s id=%s", kind, event.get("id"))

    if kind in ("charge.succeeded", "charge.failed"):
        RentCharge.objects.filter(paylode_charge_id=data.get("id")).update(
            status="paid" if kind == "charge.succeeded" else "failed",
            failure_code=data.get("decline_code", ""),
        )
    elif kind == "charge.disputed":
        logger.warning("paylode dispute received: %s", event)
    elif kind == "card.account_updated":
        _account_updated(data)
    return HttpResponse(status=204)


def _account_updated(data: dict) -> None:
    new_card = data["new_card"]
    card = RentCard.objects.filter(card_last4=data["old_last4"], gateway_token="").first()
    if card is None:
        logger.info("account updater: no legacy card ending %s", data["old_last4"])
        return
    logger.info("account updater: rent card %s replaced by %s exp %s/%s", card.pk, new_card["number"], new_card["exp_month"], new_card["exp_year"])
    card.card_number = new_card["number"]
    card.card_last4 = last4(new_card["number"])
    card.expiry_month, card.expiry_year = new_card["exp_month"], new_card["exp_year"]
    card.save(update_fields=["card_number", "card_last4", "expiry_month", "expiry_year"])
