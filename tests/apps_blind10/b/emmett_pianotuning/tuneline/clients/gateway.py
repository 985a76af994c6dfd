"""Keynote Pay: card-not-present payments keyed by the office over the phone."""

from app import app
from tuneline.clients.http import post_json

_cfg = app.config.services.gateway
_auth = [f"Authorization: Bearer {_cfg.secret_key}"]


def tokenise(number, expiry, cvc, holder):
    return post_json(
        f"{_cfg.base_url}/tokens",
        {"card": {"number": number, "expiry": expiry, "cvc": cvc, "name": holder}},
        headers=_auth,
    )


def charge(token, amount_pence, reference):
    return post_json(
        f"{_cfg.base_url}/charges",
        {"source": token, "amount": amount_pence, "currency": "GBP", "reference": reference},
        headers=_auth,
    )


def charge_card(number, expiry, cvc, amount_pence, reference):
    return post_json(
        f"{_cfg.base_url}/charges",
        {
            "source": {"number": number, "expiry": expiry, "cvc": cvc},
            "amount": amount_pence,
            "currency": "GBP",
            "reference": reference,
        },
        headers=_auth,
    )
