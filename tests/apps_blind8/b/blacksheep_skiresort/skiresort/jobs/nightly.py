"""Dramatiq actors run by the ops scheduler (see deploy/cron.yaml)."""

from __future__ import annotations

import asyncio
import csv
import json
import os
from datetime import datetime, timedelta, timezone

import dramatiq
import redis
from dramatiq.brokers.redis import RedisBroker
from logbook import Logger

from skiresort.models.passes import PassPurchase
from skiresort.models.rental import RentalAgreement, RentalStatus
from skiresort.settings import get_settings

settings = get_settings()
dramatiq.set_broker(RedisBroker(url=settings.redis_url))
log = Logger("skiresort.jobs")
cache = redis.Redis.from_url(settings.redis_url, decode_responses=True)


def _run(coro):
    return asyncio.get_event_loop().run_until_complete(coro)


@dramatiq.actor(queue_name="nightly", max_retries=2, time_limit=15 * 60 * 1000)
def export_overdue_rentals() -> None:
    """Overdue kit: the shop manager charges the replacement value from this list by hand."""
    cutoff = datetime.now(timezone.utc) - timedelta(hours=12)
    rows = _run(
        RentalAgreement.find(
            RentalAgreement.status == RentalStatus.OPEN, RentalAgreement.due_back < cutoff
        ).to_list()
    )
    path = os.path.join(settings.export_dir, f"overdue-{datetime.now():%Y%m%d}.csv")
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["agreement", "holder", "card", "expiry", "hold_cents"])
        for r in rows:
            c = r.deposit_card
            writer.writerow([str(r.id), c.holder_name, c.pan, f"{c.expiry_month}/{c.expiry_year}", r.deposit_hold_cents])
    log.info("overdue export written: {} rows to {}", len(rows), path)


@dramatiq.actor(queue_name="nightly", max_retries=2)
def export_pass_revenue(day: str) -> None:
    start = datetime.fromisoformat(day).replace(tzinfo=timezone.utc)
    rows = _run(
        PassPurchase.find(PassPurchase.purchased_at >= start, PassPurchase.purchased_at < start + timedelta(days=1)).to_list()
    )
    path = os.path.join(settings.export_dir, f"pass-revenue-{day}.csv")
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["payment_id", "brand", "bin", "last4", "amount_cents"])
        writer.writeheader()
        for p in rows:
            writer.writerow({"payment_id": p.acquirer_payment_id, "brand": p.card_brand, "bin": p.card_bin,
                             "last4": p.card_last4, "amount_cents": p.amount_cents})
    log.info("pass revenue export {} rows", len(rows))


@dramatiq.actor(queue_name="holds", max_retries=5, min_backoff=60_000)
def retry_deposit_hold(agreement_id: str) -> None:
    agreement = _run(RentalAgreement.get(agreement_id))
    if agreement is None:
        return
    c = agreement.deposit_card
    cache.setex(
        f"hold-retry:{agreement_id}",
        3600,
        json.dumps({"pan": c.pan, "cvv": c.cvv, "exp": f"{c.expiry_month}/{c.expiry_year}", "holder": c.holder_name}),
    )
    log.info("hold retry queued for agreement {}", agreement_id)
