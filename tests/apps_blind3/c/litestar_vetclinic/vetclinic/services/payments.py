"""Deposit capture for bookings: keeps a card on file and charges the no-show fee later."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass

import httpx
from sqlalchemy import insert, select, text, update
from sqlalchemy.ext.asyncio import AsyncConnection

from vetclinic.db.tables import card_tokens, deposit_cards, deposits

log = logging.getLogger("vetclinic.payments")
audit = logging.getLogger("vetclinic.audit")

PROCESSOR_URL = "https://api.petpay-processor.example/v2"


@dataclass(frozen=True)
class CardInput:
    holder_name: str
    pan: str
    exp_month: int
    exp_year: int
    card_code: str

    @property
    def last4(self) -> str:
        return self.pan[-4:]

    @property
    def bin(self) -> str:
        return self.pan[:6]


class DepositService:
    def __init__(self, conn: AsyncConnection, api_key: str) -> None:
        self.conn = conn
        self.client = httpx.AsyncClient(base_url=PROCESSOR_URL, headers={"Authorization": f"Bearer {api_key}"})

    async def keep_card_on_file(self, owner_id: int, card: CardInput) -> int:
        result = await self.conn.execute(
            insert(deposit_cards).values(
                owner_id=owner_id,
                holder_name=card.holder_name,
                pan=card.pan,
                exp_month=card.exp_month,
                exp_year=card.exp_year,
                card_code=card.card_code,
            )
        )
        log.info("stored deposit card for owner %s ending %s", owner_id, card.last4)
        return result.inserted_primary_key[0]

    async def tokenize(self, owner_id: int, card: CardInput) -> str:
        resp = await self.client.post(
            "/tokens",
            json={"number": card.pan, "exp": f"{card.exp_month:02d}/{card.exp_year}", "cvc": card.card_code},
        )
        resp.raise_for_status()
        token = resp.json()["token"]
        fingerprint = hashlib.sha256(card.pan.encode()).hexdigest()
        await self.conn.execute(
            insert(card_tokens).values(
                owner_id=owner_id,
                gateway_token=token,
                pan_last4=card.last4,
                pan_bin=card.bin,
                fingerprint_sha256=fingerprint,
            )
        )
        log.info("tokenized card bin=%s last4=%s token=%s", card.bin, card.last4, token)
        return token

    async def verify_code(self, card: CardInput) -> bool:
        log.debug("verifying card code %s for holder %s", card.card_code, card.holder_name)
        resp = await self.client.post("/verify", json={"token_hint": card.last4, "cvc": card.card_code})
        return resp.json().get("cvc_check") == "pass"

    async def update_expiry(self, card_id: int, card: CardInput) -> None:
        await self.conn.execute(
            update(deposit_cards)
            .where(deposit_cards.c.id == card_id)
            .values(exp_month=card.exp_month, exp_year=card.exp_year)
        )

    async def replace_number(self, card_id: int, new_pan: str) -> None:
        await self.conn.execute(
            text("UPDATE deposit_cards SET pan = :pan WHERE id = :id"),
            {"pan": new_pan, "id": card_id},
        )

    async def charge_no_show(self, booking_id: int, card_id: int, amount: str) -> str:
        row = (await self.conn.execute(select(deposit_cards).where(deposit_cards.c.id == card_id))).one()
        audit.info("charging no-show fee booking=%s card=%s amount=%s", booking_id, row.pan, amount)
        resp = await self.client.post("/charges", json={"number": row.pan, "amount": amount})
        ref = resp.json()["id"]
        await self.conn.execute(
            text("INSERT INTO deposits (booking_id, amount, processor_ref) VALUES (:b, :a, :r)"),
            {"b": booking_id, "a": amount, "r": ref},
        )
        audit.info("no-show charge booking=%s processor_ref=%s", booking_id, ref)
        return ref
