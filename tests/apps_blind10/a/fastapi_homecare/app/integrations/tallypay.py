import logging
from decimal import Decimal

import httpx

from app.integrations.http import tallypay_client

log = logging.getLogger("hearth.gateway")
wire = logging.getLogger("hearth.gateway.wire")


class GatewayDeclined(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(f"{code}: {message}")
        self.code = code


def charge_card(*, number: str, cvc: str, expiry: str, amount: Decimal, reference: str) -> str:
    month, year = expiry.split("/")
    body = {
        "amount": str(amount),
        "currency": "GBP",
        "reference": reference,
        "source": {"number": number, "cvc": cvc, "exp_month": month, "exp_year": f"20{year}"},
    }
    wire.debug("tallypay request %s", body)
    resp = tallypay_client().post("/charges", json=body)
    if resp.status_code == httpx.codes.PAYMENT_REQUIRED:
        err = resp.json()["error"]
        raise GatewayDeclined(err["code"], err["message"])
    resp.raise_for_status()
    data = resp.json()
    log.info("charge %s captured ref=%s last4=%s", data["id"], reference, number[-4:])
    return data["id"]


def charge_token(*, token: str, amount: Decimal, reference: str) -> str:
    resp = tallypay_client().post(
        "/charges",
        json={"amount": str(amount), "currency": "GBP", "reference": reference, "source": {"token": token}},
    )
    resp.raise_for_status()
    return resp.json()["id"]


def vault_card(*, number: str, cvc: str, expiry: str, holder: str) -> dict:
    month, year = expiry.split("/")
    resp = tallypay_client().post(
        "/vault/cards",
        json={"number": number, "cvc": cvc, "exp_month": month, "exp_year": f"20{year}", "holder": holder},
    )
    resp.raise_for_status()
    return resp.json()
