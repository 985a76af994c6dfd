"""asyncpg pool lifecycle and a tiny helper for transactions."""
from __future__ import annotations

import contextlib
import logging

import asyncpg

from printshop import settings

log = logging.getLogger("printshop.db")
_pool: asyncpg.Pool | None = None


async def connect() -> None:
    global _pool
    _pool = await asyncpg.create_pool(settings.DATABASE_URL, min_size=2, max_size=10, command_timeout=30)
    log.info("database pool ready (min=%d max=%d)", 2, 10)


async def disconnect() -> None:
    if _pool is not None:
        await _pool.close()
        log.info("database pool closed")


def pool() -> asyncpg.Pool:
    if _pool is None:
        raise RuntimeError("database pool not initialised")
    return _pool


@contextlib.asynccontextmanager
async def transaction():
    async with pool().acquire() as conn:
        async with conn.transaction():
            yield conn
