from pathlib import Path

import aiosql
import asyncpg

from .config import settings

queries = aiosql.from_path(Path(__file__).parent / "queries", "asyncpg")

_pool: asyncpg.Pool | None = None


async def pool() -> asyncpg.Pool:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(settings()["database"]["dsn"], min_size=2, max_size=10)
    return _pool
