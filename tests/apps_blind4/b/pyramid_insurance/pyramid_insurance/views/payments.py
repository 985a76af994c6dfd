"""Purchase and autopay endpoints."""
import logging

from pyramid.httpexceptions import HTTPBadRequest, HTTPPaymentRequired
from pyramid.view import view_config

from ..services.billing import BillingService, CardInput, GatewayError
from ..tasks import send_policy_documents

log = logging.getLogger(__name__)


def _card_from(body):
    try:
        return CardInput(
            pan=body["card_number"].replace(" ", ""),
            exp_month=int(body["exp_month"]),
            exp_year=int(body["exp_year"]),
            cvv=body["cvv"],
            holder=body.get("cardholder_name", ""),
        )
    except (KeyError, ValueError) as exc:
        log.warning("invalid card payload for quote: missing %s", exc)
        raise HTTPBadRequest(json_body={"error": "invalid card"})


@view_config(route_name="policy_purchase", request_method="POST", renderer="json")
def purchase(request):
    quote_id = request.matchdict["quote_id"]
    body = request.json_body
    card = _card_from(body)
    billing = BillingService(request.db, request.registry.app_settings)
    try:
        token = billing.tokenize(body["policyholder_id"], card)
    except GatewayError:
        log.exception("tokenization failed for quote %s", quote_id)
        raise HTTPPaymentRequired()
    charge_id = billing.charge(quote_id, token, int(body["amount_cents"]))
    if charge_id is None:
        log.warning("purchase declined quote=%s card=%s", quote_id, card.masked)
        raise HTTPPaymentRequired()
    request.db.commit()
    send_policy_documents.delay(quote_id)
    log.info("policy purchased quote=%s charge=%s brand=%s exp=%s/%s", quote_id, charge_id,
             body.get("brand"), card.exp_month, card.exp_year)
    return {"charge_id": charge_id}


@view_config(route_name="policy_autopay", request_method="POST", renderer="json")
def enable_autopay(request):
    policy_id = int(request.matchdict["policy_id"])
    card = _card_from(request.json_body)
    billing = BillingService(request.db, request.registry.app_settings)
    billing.create_mandate(policy_id, card, day_of_month=int(request.json_body.get("day", 1)))
    request.db.commit()
    log.info("autopay enabled policy=%s card=%s", policy_id, card.masked)
    return {"autopay": True, "card_last4": card.last4}
