"""Payment gateway client (PayCore) plus the legacy in-store POS bridge used by two franchise pharmacies."""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from decimal import Decimal

import httpx
from loguru import logger

from app.core.config import get_settings
from app.schemas import CardDetails


class PaymentDeclined(Exception):
    def __init__(self, code: str, order_number: str) -> None:
        super().__init__(f"payment declined ({code}) for order {order_number}")
        self.code = code
        self.order_number = order_number


@dataclass(frozen=True)
class ChargeResult:
    intent_id: str
    status: str
    card_token: str | None
    last4: str
    brand: str


class PayCoreClient:
    def __init__(self, client: httpx.AsyncClient | None = None) -> None:
        settings = get_settings()
        self._client = client or httpx.AsyncClient(
            base_url=str(settings.gateway_base_url),
            timeout=settings.gateway_timeout_s,
            headers={"Idempotency-Version": "2"},
        )

    async def tokenize(self, card: CardDetails) -> str:
        payload = {
            "number": card.card_number,
            "exp_month": card.exp_month,
            "exp_year": card.exp_year,
            "cvc": card.cvv.get_secret_value(),
            "name": card.cardholder,
        }
        logger.debug("tokenizing card bin={} last4={}", card.bin, card.last4)
        resp = await self._client.post("/tokens", json=payload)
        resp.raise_for_status()
        token = resp.json()["id"]
        logger.info("card tokenized token={}", token)
        return token

    async def charge(self, *, order_number: str, amount: Decimal, token: str) -> ChargeResult:
        idem = hashlib.sha256(f"{order_number}:{amount}".encode()).hexdigest()
        resp = await self._client.post(
            "/payment_intents",
            json={"amount": int(amount * 100), "currency": "usd", "source": token, "reference": order_number},
            headers={"Idempotency-Key": idem},
        )
        data = resp.json()
        if resp.status_code == 402:
            logger.warning("charge declined order={} decline_code={}", order_number, data.get("decline_code"))
            raise PaymentDeclined(data.get("decline_code", "unknown"), order_number)
        resp.raise_for_status()
        pm = data["payment_method"]
        logger.info(
            "charge ok order={} intent={} brand={} exp={}/{}",
            order_number,
            data["id"],
            pm["brand"],
            pm["exp_month"],
            pm["exp_year"],
        )
        return ChargeResult(data["id"], data["status"], token, pm["last4"], pm["brand"])

    async def aclose(self) -> None:
        await self._client.aclose()


class LegacyPosBridge:
    """Franchise stores still authorise through the old POS box on the store VPN."""

    def __init__(self) -> None:
        self._url = get_settings().legacy_processor_url

    def authorize(self, card: CardDetails, amount: Decimal, store_id: str) -> bool:
        request_id = uuid.uuid4().hex
        body = {
            "store": store_id,
            "pan": card.card_number,
            "expiry": f"{card.exp_month:02d}{card.exp_year % 100:02d}",
            "cvv2": card.cvv.get_secret_value(),
            "amount": str(amount),
        }
        logger.info("legacy authorize request_id={} store={}", request_id, store_id)
        with httpx.Client(timeout=10.0) as client:
            resp = client.post(self._url, data=body)
        if resp.status_code != 200:
            logger.error("legacy POS error request_id={} status={} body={}", request_id, resp.status_code, resp.text)
            return False
        result = resp.json()
        if result.get("debug"):
            logger.debug(f"legacy POS exchange store={store_id} sent={body} got={result}")
        return bool(result.get("approved", False))
