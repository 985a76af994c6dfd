"""Async engine and a per-request connection dependency."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine

engine = create_async_engine(os.environ.get("DATABASE_URL", "postgresql+asyncpg://clinic@localhost/clinic"))


async def provide_connection() -> AsyncIterator[AsyncConnection]:
    async with engine.begin() as conn:
        yield conn
