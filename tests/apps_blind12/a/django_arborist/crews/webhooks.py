import hashlib
import hmac
import json

import structlog
from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt

from .models import StoredCard

log = structlog.get_logger("canopy.webhooks")


@csrf_exempt
def branchline_webhook(request):
    sig = request.headers.get("Branchline-Signature", "")
    expected = hmac.new(settings.SECRET_KEY.encode(), request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        log.warning("bad_signature", remote=request.META.get("REMOTE_ADDR"))
        return HttpResponseForbidden()
    event = json.loads(request.body)
    log.info("branchline_event", event_type=event["type"], event_id=event["id"])
    if event["type"] == "card.updated":
        card = event["data"]["card"]
        log.info("card_updated", card=card)
        StoredCard.objects.filter(gateway_token=card["token"]).update(
            last4=card["last4"], exp_month=card["exp_month"], exp_year=card["exp_year"]
        )
    elif event["type"] == "dispute.opened":
        log.warning("dispute_opened", holder=event["data"]["cardholder_name"], holder_email=event["data"]["email"])
    return HttpResponse(status=204)
