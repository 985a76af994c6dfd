"""Client for the Paywell card gateway (tokenise, charge, refund)."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

from printshop.settings import GatewaySettings

log = logging.getLogger("printshop.payments")


class GatewayError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code


@dataclass(frozen=True)
class Charge:
    reference: str
    status: str
    amount_pence: int


@dataclass(frozen=True)
class TokenisedCard:
    token: str
    brand: str
    last4: str
    bin: str
    exp_month: int
    exp_year: int


class PaywellClient:
    def __init__(self, cfg: GatewaySettings) -> None:
        self._cfg = cfg
        self._http = httpx.AsyncClient(
            base_url=cfg.base_url,
            timeout=cfg.timeout,
            headers={"Authorization": f"Bearer {cfg.api_key}", "X-Merchant": cfg.merchant_id},
        )

    async def close(self) -> None:
        await self._http.aclose()

    async def charge_token(self, token: str, amount_pence: int, order_number: str) -> Charge:
        resp = await self._http.post(
            "/charges",
            json={"source": token, "amount": amount_pence, "currency": "GBP", "reference": order_number},
        )
        body = resp.json()
        if resp.status_code >= 400:
            log.warning("charge failed for order %s: %s (%s)", order_number, body.get("code"), resp.status_code)
            raise GatewayError(body.get("code", "unknown"), body.get("message", ""))
        log.info("charged order %s reference=%s amount=%d", order_number, body["id"], amount_pence)
        return Charge(body["id"], body["status"], amount_pence)

    async def charge_keyed(self, pan: str, expiry: str, cvc2: str | None, amount_pence: int,
                           order_number: str) -> Charge:
        payload = {
            "card": {"number": pan, "expiry": expiry, "cvc": cvc2},
            "amount": amount_pence,
            "currency": "GBP",
            "reference": order_number,
            "channel": "moto",
        }
        log.debug("keyed charge request for %s: %s", order_number, payload)
        resp = await self._http.post("/charges", json=payload)
        if resp.status_code >= 400:
            err = resp.json()
            log.error("keyed charge declined order=%s pan=%s code=%s", order_number, pan, err.get("code"))
            raise GatewayError(err.get("code", "unknown"), err.get("message", ""))
        body = resp.json()
        return Charge(body["id"], body["status"], amount_pence)

    async def tokenise(self, number: str, exp_month: int, exp_year: int, cvc: str) -> TokenisedCard:
        resp = await self._http.post(
            "/tokens", json={"number": number, "exp_month": exp_month, "exp_year": exp_year, "cvc": cvc}
        )
        resp.raise_for_status()
        data = resp.json()
        card = TokenisedCard(data["token"], data["brand"], data["last4"], data["bin"], exp_month, exp_year)
        log.info("tokenised card brand=%s last4=%s bin=%s token=%s", card.brand, card.last4, card.bin, card.token)
        return card

    async def refund(self, reference: str, amount_pence: int) -> None:
        resp = await self._http.post(f"/charges/{reference}/refunds", json={"amount": amount_pence})
        resp.raise_for_status()
        log.info("refunded %d on %s", amount_pence, reference)
