import structlog

from .http import base_url, session_for

log = structlog.get_logger("integrations.acquirer")


def tokenize(card_number, exp_month, exp_year, cvc):
    resp = session_for("acquirer").post(
        f"{base_url('acquirer')}/tokens",
        json={"pan": card_number, "exp_month": exp_month, "exp_year": exp_year, "cvc": cvc},
        timeout=10,
    )
    resp.raise_for_status()
    data = resp.json()
    log.info("card_tokenized", token=data["token"], last4=data["last4"], brand=data["brand"])
    return data


def charge(token, amount_cents, reference):
    resp = session_for("acquirer").post(
        f"{base_url('acquirer')}/charges",
        json={"source": token, "amount": amount_cents, "currency": "GBP", "reference": reference},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()
