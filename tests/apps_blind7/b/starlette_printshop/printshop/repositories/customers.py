"""Customer rows. Passwords are hashed by the caller; this module only speaks SQL."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from printshop.db import pool


@dataclass(frozen=True)
class Customer:
    id: int
    email: str
    full_name: str
    phone: str | None
    company_name: str | None
    created_at: datetime

    def __str__(self) -> str:
        return f"Customer #{self.id}"


INSERT_CUSTOMER = """
    INSERT INTO customers (email, full_name, phone, company_name, password_hash)
    VALUES ($1, $2, $3, $4, $5)
    RETURNING id, email, full_name, phone, company_name, created_at
"""


async def create(email: str, full_name: str, phone: str | None, company: str | None, password_hash: str) -> Customer:
    row = await pool().fetchrow(INSERT_CUSTOMER, email, full_name, phone, company, password_hash)
    return Customer(**dict(row))


async def by_email(email: str) -> Customer | None:
    row = await pool().fetchrow(
        "SELECT id, email, full_name, phone, company_name, created_at FROM customers WHERE email = $1",
        email,
    )
    return Customer(**dict(row)) if row else None


async def by_id(customer_id: int) -> Customer | None:
    row = await pool().fetchrow(
        "SELECT id, email, full_name, phone, company_name, created_at FROM customers WHERE id = $1",
        customer_id,
    )
    return Customer(**dict(row)) if row else None


async def mark_phone_verified(customer_id: int) -> None:
    await pool().execute("UPDATE customers SET phone_verified = TRUE WHERE id = $1", customer_id)
