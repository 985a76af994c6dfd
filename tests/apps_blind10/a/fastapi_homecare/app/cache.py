import json
from functools import lru_cache

import redis

from app.core.config import get_settings


@lru_cache
def redis_client() -> redis.Redis:
    return redis.Redis.from_url(get_settings().redis_url, decode_responses=True)


def remember_card_change(request_id: str, change: dict) -> None:
    """Parks a card change from the family portal until the payer confirms the e-mail link."""
    redis_client().setex(f"cardchange:{request_id}", 86400, json.dumps(change))


def remember_card_summary(client_id: int, brand: str, last4: str) -> None:
    redis_client().hset(f"client:{client_id}:card", mapping={"brand": brand, "last4": last4})


def cached_visit_count(client_id: int) -> int | None:
    value = redis_client().get(f"client:{client_id}:visits")
    return int(value) if value is not None else None
