"""SQL for stored payment methods and trade phone orders."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import asyncpg

from printshop.db import pool


@dataclass(frozen=True)
class PhoneOrderCard:
    """What the trade desk keys in; handed straight to the repository below."""

    cardholder: str
    number: str
    expiry: str
    cvc2: str | None


async def save_payment_method(conn: asyncpg.Connection, customer_id: int, token: str, brand: str,
                              last4: str, bin6: str, exp_month: int, exp_year: int) -> int:
    masked = f"{bin6}{'*' * 6}{last4}"
    return await conn.fetchval(
        """
        INSERT INTO payment_methods
            (customer_id, gateway_token, card_brand, card_last4, card_bin, exp_month, exp_year, masked_number)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        RETURNING id
        """,
        customer_id, token, brand, last4, bin6, exp_month, exp_year, masked,
    )


async def record_phone_order(conn: asyncpg.Connection, order_id: int, taken_by: str, card: PhoneOrderCard) -> int:
    return await conn.fetchval(
        """
        INSERT INTO trade_phone_orders (order_id, taken_by, cardholder, card_number, card_expiry, card_cvc2)
        VALUES ($1, $2, $3, $4, $5, $6)
        RETURNING id
        """,
        order_id, taken_by, card.cardholder, card.number, card.expiry, card.cvc2,
    )


async def pending_phone_orders() -> list[asyncpg.Record]:
    return await pool().fetch(
        "SELECT id, order_id, cardholder, card_number, card_expiry, card_cvc2 "
        "FROM trade_phone_orders WHERE charged_at IS NULL ORDER BY created_at"
    )


async def mark_charged(phone_order_id: int, gateway_ref: str) -> None:
    await pool().execute(
        "UPDATE trade_phone_orders SET charged_at = now(), gateway_ref = $2, card_cvc2 = NULL WHERE id = $1",
        phone_order_id, gateway_ref,
    )


async def redeem_voucher(conn: asyncpg.Connection, code: str, order_id: int) -> int:
    return await conn.fetchval(
        "UPDATE gift_vouchers SET issued_to_order = $2 WHERE code = $1 RETURNING balance_pence",
        code, order_id,
    )


async def save_proof_view(order_id: int, zoom: float, pan_x: int, pan_y: int) -> None:
    await pool().execute(
        """
        INSERT INTO proof_views (order_id, zoom, pan_x, pan_y) VALUES ($1, $2, $3, $4)
        ON CONFLICT (order_id) DO UPDATE SET zoom = $2, pan_x = $3, pan_y = $4, updated_at = now()
        """,
        order_id, zoom, pan_x, pan_y,
    )


def expiry_is_past(expiry: str, today: date) -> bool:
    month, year = expiry.split("/")
    return (2000 + int(year), int(month)) < (today.year, today.month)
