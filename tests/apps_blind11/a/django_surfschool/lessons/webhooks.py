import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt

from .models import PaymentCard

logger = logging.getLogger(__name__)


@csrf_exempt
def wavepay_webhook(request):
    sig = request.headers.get("Wavepay-Signature", "")
    expected = hmac.new(settings.SECRET_KEY.encode(), request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        logger.warning("bad wavepay signature from %s", request.META.get("REMOTE_ADDR"))
        return HttpResponseForbidden()
    event = json.loads(request.body)
    logger.info("wavepay event type=%s id=%s", event["type"], event["id"])
    if event["type"] == "card.updated":
        card = event["data"]
        PaymentCard.objects.filter(wavepay_token=card["token"]).update(last4=card["last4"], exp_month=card["exp_month"], exp_year=card["exp_year"])
    elif event["type"] == "charge.failed":
        logger.warning("charge failed: %s", event["data"])
    return HttpResponse(status=204)
