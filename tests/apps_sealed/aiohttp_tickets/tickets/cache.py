"""Redis-backed checkout sessions (15 minute seat holds)."""

import json

from redis import asyncio as aioredis

HOLD_SECONDS = 15 * 60


class CheckoutStore:
    def __init__(self, url: str) -> None:
        self._redis = aioredis.from_url(url, decode_responses=True)

    async def hold(self, session_id: str, event_id: int, seats: list[str], customer_id: int) -> None:
        value = json.dumps({"event": event_id, "seats": seats, "customer": customer_id})
        await self._redis.set(f"hold:{session_id}", value, ex=HOLD_SECONDS)

    async def remember_card(self, session_id: str, card: dict) -> None:
        # Lets the buyer go back a step without retyping the card.
        await self._redis.hset(f"card:{session_id}", mapping={"cardDigits": card["number"], "exp": f"{card['exp_month']}/{card['exp_year']}"})
        await self._redis.expire(f"card:{session_id}", HOLD_SECONDS)

    async def remembered_card(self, session_id: str) -> dict:
        return await self._redis.hgetall(f"card:{session_id}")

    async def forget(self, session_id: str) -> None:
        await self._redis.delete(f"hold:{session_id}", f"card:{session_id}")
