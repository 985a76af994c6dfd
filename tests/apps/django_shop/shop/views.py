import hashlib
import logging

import analytics
import requests
import sentry_sdk
from django.http import JsonResponse

from .forms import CheckoutForm
from .models import PaymentMethod

logger = logging.getLogger(__name__)

sentry_sdk.init(dsn="https://key@sentry.example.com/1", send_default_pii=True)  # expect: pii_to_third_party


def checkout(request):
    form = CheckoutForm(request.POST)
    if not form.is_valid():
        logger.warning("checkout form invalid: %s", form.errors)
        return JsonResponse({"ok": False}, status=400)
    card_number = form.cleaned_data["card_number"]
    email = form.cleaned_data["email"]
    logger.info("checkout started for %s", email)  # expect: pii_logging
    logger.debug("charging card %s", card_number)  # expect: card_data_logging
    logger.info("charging card ending %s", card_number[-4:])
    token = requests.post("https://api.gateway.example.com/tokens", json={"number": card_number}, timeout=10).json()["id"]
    PaymentMethod.objects.create(customer=request.user.customer, gateway_token=token, card_last4=token[-4:])
    logger.info("stored payment method token=%s", token)
    logger.info("email hash %s", hashlib.sha256(email.encode()).hexdigest())
    analytics.identify(request.user.id, {"email": email})  # expect: pii_to_third_party
    analytics.track(request.user.id, "Checkout", {"total": str(form.cleaned_data.get("total"))})
    return JsonResponse({"ok": True})


def profile(request):
    user = request.user
    logger.info("profile viewed by user_id=%s", user.id)
    logger.info("profile payload %s", request.body)  # expect: pii_logging
    logger.info("login %s from %s", user.username, request.META.get("REMOTE_ADDR"))  # expect: pii_logging
    logger.info("user %s", user)  # expect: pii_logging
    return JsonResponse({"id": user.id})


def export(request):
    rows = requests.get("https://reports.internal.example.com/export", verify=False, timeout=30)  # expect: insecure_transport
    requests.post("http://crm.example.com/api/contacts", json={"email": request.user.email}, timeout=10)  # expect: insecure_transport
    return JsonResponse({"rows": len(rows.json())})
