"""Gateway client: tokenises cards, charges deposits and talks to the in-venue terminal bridge."""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from decimal import Decimal

import httpx

from ..settings import settings

log = logging.getLogger(__name__)


@dataclass
class CardInput:
    card_number: str
    exp_month: int
    exp_year: int
    cvc: str
    holder: str

    @property
    def last4(self) -> str:
        return self.card_number[-4:]

    @property
    def bin(self) -> str:
        return self.card_number[:6]


@dataclass(frozen=True)
class ChargeResult:
    intent_id: str
    status: str
    decline_code: str | None = None


class GatewayError(RuntimeError):
    pass


def mask(number: str) -> str:
    return "*" * (len(number) - 4) + number[-4:]


def fingerprint(number: str) -> str:
    return hashlib.sha256(number.encode()).hexdigest()


class PaymentGateway:
    def __init__(self, base_url: str = settings.gateway_url, api_key: str = settings.gateway_key) -> None:
        self._client = httpx.AsyncClient(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_key}"},
            timeout=15.0,
        )

    async def tokenize(self, card: CardInput) -> str:
        payload = {
            "number": card.card_number,
            "exp_month": card.exp_month,
            "exp_year": card.exp_year,
            "cvc": card.cvc,
            "name": card.holder,
        }
        log.debug("tokenizing card", extra={"bin": card.bin, "last4": card.last4})
        resp = await self._client.post("/tokens", json=payload)
        if resp.status_code >= 400:
            log.warning(
                "tokenization failed",
                extra={"status": resp.status_code, "payload": payload},
            )
            raise GatewayError(resp.text)
        return resp.json()["token"]

    async def charge(self, token: str, amount: Decimal, reference: str) -> ChargeResult:
        resp = await self._client.post(
            "/charges",
            json={"source": token, "amount": str(amount), "currency": "GBP", "reference": reference},
        )
        body = resp.json()
        log.info(
            "charge finished",
            extra={"reference": reference, "intent_id": body.get("id"), "status": body.get("status")},
        )
        return ChargeResult(body["id"], body["status"], body.get("decline_code"))

    async def refund(self, intent_id: str, amount: Decimal) -> None:
        resp = await self._client.post(f"/charges/{intent_id}/refunds", json={"amount": str(amount)})
        resp.raise_for_status()
        log.info("refund issued", extra={"intent_id": intent_id, "amount": str(amount)})


class TerminalBridge:
    """Front-desk card terminal reached through a small bridge daemon on the venue LAN."""

    def __init__(self) -> None:
        self._client = httpx.AsyncClient(timeout=30.0, verify=False)

    async def keyed_charge(self, card: CardInput, amount: Decimal, desk: str) -> dict[str, str]:
        log.info("keyed charge at desk %s for card %s", desk, mask(card.card_number))
        resp = await self._client.post(
            settings.terminal_bridge_url,
            json={"pan": card.card_number, "expiry": f"{card.exp_month:02d}{card.exp_year % 100:02d}",
                  "cvv": card.cvc, "amount": str(amount), "desk": desk},
        )
        resp.raise_for_status()
        return resp.json()

    async def ping(self) -> bool:
        resp = await self._client.get(settings.terminal_bridge_url.replace("/charge", "/health"))
        return resp.status_code == 200
