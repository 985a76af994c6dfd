"""Nightly batch: charge trade phone orders whose artwork has been approved.

Run from cron: ``python -m printshop.jobs.charge_phone_orders``.
"""
from __future__ import annotations

import asyncio
import json
import logging
import time
from datetime import date
from pathlib import Path

from printshop import db
from printshop.logging_conf import configure
from printshop.repositories import payments
from printshop.services.gateway import GatewayError, PaywellClient
from printshop.settings import settings

log = logging.getLogger("printshop.jobs.phone_orders")
RETRY_SPOOL = Path("/var/spool/printshop/phone-retry.jsonl")


async def run() -> int:
    client = PaywellClient(settings.gateway)
    started = time.monotonic()
    charged = failed = 0
    for row in await payments.pending_phone_orders():
        order = await db.pool().fetchrow("SELECT order_number, total_pence FROM orders WHERE id = $1",
                                         row["order_id"])
        if payments.expiry_is_past(row["card_expiry"], date.today()):
            log.warning("phone order %d card expired (%s), skipping", row["id"], row["card_expiry"])
            continue
        try:
            charge = await client.charge_keyed(
                row["card_number"], row["card_expiry"], row["card_cvc2"], order["total_pence"], order["order_number"]
            )
        except GatewayError as exc:
            failed += 1
            log.error("phone order %d failed: %s", row["id"], exc.code)
            with RETRY_SPOOL.open("a") as spool:
                spool.write(json.dumps({"id": row["id"], "card_number": row["card_number"],
                                        "expiry": row["card_expiry"], "attempt_at": time.time()}) + "\n")
            continue
        await payments.mark_charged(row["id"], charge.reference)
        charged += 1
    await client.close()
    log.info("phone order batch done charged=%d failed=%d in %.1fs", charged, failed, time.monotonic() - started)
    return failed


async def main() -> None:
    configure(settings.log_level)
    await db.connect()
    try:
        await run()
    finally:
        await db.disconnect()


if __name__ == "__main__":
    asyncio.run(main())
