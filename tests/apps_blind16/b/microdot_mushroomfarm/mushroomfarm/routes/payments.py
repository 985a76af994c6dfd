import logging

from microdot import Microdot

from ..errors import CardDeclined
from ..http_clients import payments
from ..models import Subscription, CardOnFile
from ..tasks import queue_retry_charge

log = logging.getLogger("sporehaus.payments")
payments_app = Microdot()


@payments_app.post("/<subscription_id>/card")
async def attach_card(request, subscription_id):
    body = request.json
    sub = Subscription.get(subscription_id)
    log.info("attaching card %s exp %s/%s to %s", body["number"], body["exp_month"], body["exp_year"], subscription_id)
    result = payments().post("/tokens", {
        "pan": body["number"], "cvc": body["cvc"],
        "exp_month": body["exp_month"], "exp_year": body["exp_year"],
    })
    sub.card = CardOnFile(
        gateway_token=result["token"], brand=result["brand"], last4=body["number"][-4:],
        exp_month=int(body["exp_month"]), exp_year=int(body["exp_year"]),
    )
    if body.get("keep_for_phone_orders"):
        sub.card_number = body["number"]
        sub.card_cvc = body["cvc"]
    sub.save()
    log.info("card attached to %s token=%s last4=%s", subscription_id, result["token"], sub.card.last4)
    return {"brand": result["brand"], "last4": sub.card.last4}


@payments_app.post("/<subscription_id>/charge")
async def charge(request, subscription_id):
    sub = Subscription.get(subscription_id)
    resp = payments().post("/charges", {"token": sub.card.gateway_token, "amount": request.json["amount"]})
    if resp.get("status") != "captured":
        log.warning("charge failed for card %s cvc %s", sub.card_number, sub.card_cvc)
        queue_retry_charge(sub, request.json["amount"])
        raise CardDeclined(subscription_id, resp.get("decline_code"))
    log.info("charged %s ending %s", subscription_id, sub.card.last4)
    return {"status": "captured"}
