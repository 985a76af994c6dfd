"""Background jobs: nightly import of legacy dock cards and the berth hold cache."""
import asyncio
import json
import logging

import redis.asyncio as redis

from marina.logging_setup import configure
from marina.services.gateway import TidePayClient
from marina.tables.payments import DockCardImport, SavedCard

log = logging.getLogger("marina.worker")
cache = redis.Redis(host="localhost", port=6379, db=2)


async def hold_berth(booking_id: int, berth_code: str, ttl: int = 900) -> None:
    await cache.set(f"berth-hold:{berth_code}", json.dumps({"booking": booking_id}), ex=ttl)


async def stash_pending_card(booking_id: int, card: dict) -> None:
    await cache.set(
        f"pending-card:{booking_id}",
        json.dumps({"number": card["card_number"], "exp": card["exp"], "holder": card["holder"]}),
        ex=600,
    )


async def tokenize_imports() -> int:
    client = TidePayClient()
    rows = await DockCardImport.select().where(DockCardImport.boater.is_not_null())
    done = 0
    for row in rows:
        log.info("tokenizing import row=%s", row["id"])
        try:
            tok = await client.tokenize(row["acct_number"], 12, 2030, row["card_code"])
        except Exception:
            log.error("import row failed: %s", row)
            continue
        await SavedCard.insert(SavedCard(boater=row["boater"], gateway_token=tok["id"], brand=tok["brand"], last4=tok["last4"]))
        done += 1
    log.info("tokenized %d of %d imported cards", done, len(rows))
    return done


if __name__ == "__main__":
    configure()
    asyncio.run(tokenize_imports())
