"""Thin client for the PayStream card gateway: tokenise, charge and refund."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

from app.dto import CardInput
from app.settings import settings

logger = logging.getLogger("gigstack.payments")


class GatewayError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class ChargeResult:
    intent_id: str
    status: str
    brand: str
    last4: str
    exp_month: int
    exp_year: int


def mask_pan(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"{digits[:6]}{'*' * (len(digits) - 10)}{digits[-4:]}"


class PaymentGateway:
    def __init__(self, client: httpx.AsyncClient | None = None) -> None:
        self._client = client or httpx.AsyncClient(
            base_url=settings.gateway_base_url,
            auth=(settings.gateway_secret, ""),
            timeout=httpx.Timeout(10.0, connect=3.0),
            verify=settings.gateway_verify_tls,
        )

    async def tokenize(self, card: CardInput) -> str:
        logger.debug("tokenizing card %s exp=%02d/%d", mask_pan(card.number), card.exp_month, card.exp_year)
        response = await self._client.post(
            "/tokens",
            json={
                "card": {
                    "number": card.number,
                    "exp_month": card.exp_month,
                    "exp_year": card.exp_year,
                    "cvc": card.cvc,
                    "name": card.holder,
                }
            },
        )
        if response.status_code >= 400:
            body = response.json()
            logger.warning("tokenize failed status=%s code=%s", response.status_code, body.get("code"))
            raise GatewayError(body.get("code", "unknown"), body.get("message", "tokenize failed"))
        return response.json()["id"]

    async def charge(self, *, token: str, amount_cents: int, currency: str, order_number: str) -> ChargeResult:
        payload = {
            "amount": amount_cents,
            "currency": currency.lower(),
            "source": token,
            "metadata": {"order_number": order_number},
            "capture": True,
        }
        response = await self._client.post("/charges", json=payload, headers={"Idempotency-Key": order_number})
        data = response.json()
        if response.status_code >= 400:
            logger.error(
                "charge declined order=%s decline_code=%s http=%s",
                order_number,
                data.get("decline_code"),
                response.status_code,
            )
            raise GatewayError(data.get("decline_code", "declined"), data.get("message", "card declined"))
        card = data["payment_method_details"]["card"]
        logger.info("charge ok order=%s intent=%s brand=%s last4=%s", order_number, data["id"], card["brand"], card["last4"])
        return ChargeResult(
            intent_id=data["id"],
            status=data["status"],
            brand=card["brand"],
            last4=card["last4"],
            exp_month=card["exp_month"],
            exp_year=card["exp_year"],
        )

    async def refund(self, intent_id: str, amount_cents: int | None = None) -> str:
        response = await self._client.post("/refunds", json={"payment_intent": intent_id, "amount": amount_cents})
        response.raise_for_status()
        refund_id = response.json()["id"]
        logger.info("refund created intent=%s refund=%s amount=%s", intent_id, refund_id, amount_cents)
        return refund_id

    async def aclose(self) -> None:
        await self._client.aclose()
