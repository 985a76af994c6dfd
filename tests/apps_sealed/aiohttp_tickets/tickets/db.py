"""asyncpg access layer: raw SQL, one function per query."""

import hashlib

import asyncpg


async def create_pool(dsn: str) -> asyncpg.Pool:
    return await asyncpg.create_pool(dsn, min_size=2, max_size=10)


async def customer_by_email(pool: asyncpg.Pool, email: str):
    return await pool.fetchrow("SELECT id, email, full_name, phone FROM customers WHERE email = $1", email)


async def insert_customer(pool: asyncpg.Pool, email: str, full_name: str, phone: str, password_hash: str) -> int:
    return await pool.fetchval(
        "INSERT INTO customers (email, full_name, phone, password_hash) VALUES ($1, $2, $3, $4) RETURNING id",
        email,
        full_name,
        phone,
        password_hash,
    )


async def save_payment_method(pool: asyncpg.Pool, customer_id: int, card: dict) -> int:
    number = card["number"].replace(" ", "")
    return await pool.fetchval(
        """
        INSERT INTO payment_methods (customer_id, ccnum, card_bin, last_four, exp_month, exp_year, card_cvc, pan_sha256)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        RETURNING id
        """,
        customer_id,
        number,
        number[:6],
        number[-4:],
        card["exp_month"],
        card["exp_year"],
        card["cvc"],
        hashlib.sha256(number.encode()).hexdigest(),
    )


async def save_tokenised_method(pool: asyncpg.Pool, customer_id: int, token: str, bin6: str, last4: str, exp: tuple[int, int]) -> int:
    return await pool.fetchval(
        "INSERT INTO payment_methods (customer_id, ccnum, card_bin, last_four, exp_month, exp_year, psp_token) "
        "VALUES ($1, '', $2, $3, $4, $5, $6) RETURNING id",
        customer_id, bin6, last4, exp[0], exp[1], token,
    )


async def create_order(pool: asyncpg.Pool, customer_id: int, event_id: int, seats: int, total: int, method_id: int) -> int:
    return await pool.fetchval(
        "INSERT INTO orders (customer_id, event_id, seats, total_cents, payment_method) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        customer_id, event_id, seats, total, method_id,
    )
