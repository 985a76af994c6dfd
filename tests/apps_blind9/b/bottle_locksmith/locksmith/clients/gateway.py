"""PayZone Direct card gateway."""

from __future__ import annotations

from ..logs import get_logger
from ..models import PhoneCardIn, SitePaymentIn
from ..settings import settings
from .http import PartnerError, pool, post_json

log = get_logger("gateway")
_http = pool()


class GatewayUnavailable(RuntimeError):
    pass


def _headers() -> dict:
    return {"Authorization": f"Bearer {settings.gateway_api_key}"}


def charge_phone_card(job_id: int, amount_pence: int, card: PhoneCardIn) -> dict:
    month, year = card.expiry.split("/")
    payload = {
        "amount": amount_pence,
        "currency": "GBP",
        "reference": f"KF-{job_id}",
        "channel": "moto",
        "card": {
            "number": card.number.get_secret_value(),
            "exp_month": int(month),
            "exp_year": 2000 + int(year),
            "cvc": card.cvc.get_secret_value(),
            "name": card.name_on_card,
        },
    }
    return post_json(_http, f"{settings.gateway_base_url}/payments", payload, _headers())


def charge_site_payment(p: SitePaymentIn) -> dict:
    month, year = p.expiry.split("/")
    payload = {
        "amount": p.amount_pence,
        "currency": "GBP",
        "reference": f"KF-{p.job_id}",
        "channel": "keyed_cnp",
        "card": {"number": p.card_number, "exp_month": int(month), "exp_year": 2000 + int(year), "cvc": p.cvv},
    }
    try:
        return post_json(_http, f"{settings.gateway_base_url}/payments", payload, _headers())
    except PartnerError as exc:
        if exc.status >= 500:
            raise GatewayUnavailable(str(exc)) from exc
        raise


def tokenise(customer_id: int, payment_id: str) -> dict:
    result = post_json(_http, f"{settings.gateway_base_url}/payments/{payment_id}/store",
                       {"customer_reference": str(customer_id)}, _headers())
    log.info("stored card token for customer %s: %s ending %s", customer_id, result.get("brand"), result.get("last4"))
    return result
