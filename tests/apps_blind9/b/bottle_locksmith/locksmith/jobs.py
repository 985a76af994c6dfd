"""RQ jobs. Worker: `rq worker keyfast --url $REDIS_URL --with-scheduler`."""

from __future__ import annotations

import csv
import datetime as dt
import json
import pathlib

from redis import Redis
from rq import Queue, Retry

from . import errors
from .clients import gateway, iterable
from .clients.http import PartnerError
from .db import pool
from .logs import configure, get_logger, mask_pan
from .models import SitePaymentIn
from .repositories import SiteCaptureRepository
from .settings import settings

log = get_logger("jobs")
redis_conn = Redis.from_url(settings.redis_url)
queue = Queue("keyfast", connection=redis_conn, default_timeout=300)
REPLAY_DELAY = dt.timedelta(minutes=10)
EXPORT_DIR = pathlib.Path("/var/lib/keyfast/exports")


def park_capture(p: SitePaymentIn) -> None:
    """Postgres unreachable as well: keep the capture in the queue until it can be charged."""
    queue.enqueue(charge_parked_capture, p.model_dump(), retry=Retry(max=6, interval=[60, 300, 900]))
    log.warning("capture for job %s parked in redis", p.job_id)


def charge_parked_capture(capture: dict) -> None:
    p = SitePaymentIn(**capture)
    result = gateway.charge_site_payment(p)
    log.info("parked capture for job %s charged: %s", p.job_id, result["id"])


def replay_site_captures() -> int:
    configure()
    replayed = 0
    with pool.connection() as conn:
        repo = SiteCaptureRepository(conn)
        for row in repo.pending():
            month, year = row["expiry"].split("/")
            p = SitePaymentIn(job_id=row["job_id"], engineer_id=0, amount_pence=row["amount_pence"],
                              card_number=row["card_number"], expiry=row["expiry"], cvv=row["cvv"] or "",
                              cardholder=row["cardholder"] or "")
            try:
                result = gateway.charge_site_payment(p)
            except (gateway.GatewayUnavailable, PartnerError) as exc:
                log.warning("replay of capture %s failed (%s) card %s", row["id"], exc, mask_pan(row["card_number"]))
                errors.report_job_failure("replay_site_captures", row["job_id"])
                continue
            repo.mark_replayed(row["id"], result["id"])
            conn.commit()
            replayed += 1
    log.info("replayed %d offline captures", replayed)
    return replayed


def remember_last_card(customer_id: int, brand: str, last4: str) -> None:
    """The call handlers' screen shows 'Visa ending 1234' while the customer is on the line."""
    redis_conn.setex(f"kf:lastcard:{customer_id}", 3600, json.dumps({"brand": brand, "last4": last4}))


def schedule_review_request(customer_id: int, job_id: int, job_type: str, amount_pence: int) -> None:
    queue.enqueue_in(dt.timedelta(hours=2), iterable.track_job_completed, customer_id, job_id, job_type, amount_pence)


def export_month(year: int, month: int) -> pathlib.Path:
    """Monthly job sheet for the accountants: references and last four digits only."""
    path = EXPORT_DIR / f"jobsheet_{year}-{month:02d}.csv"
    with pool.connection() as conn, path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["job_ref", "completed_at", "job_type", "postcode_district", "fee", "card_last4", "payment_ref"])
        rows = conn.execute(
            """
            SELECT c.id, c.completed_at, c.job_type, c.site_postcode, c.fee_pence, p.card_last4, p.gateway_ref
            FROM call_outs c LEFT JOIN payments_view p ON p.job_id = c.id
            WHERE date_trunc('month', c.completed_at) = make_date(%s, %s, 1)
            """,
            (year, month),
        )
        for r in rows:
            writer.writerow([f"KF-{r['id']}", r["completed_at"].isoformat(), r["job_type"],
                             r["site_postcode"].split(" ")[0], r["fee_pence"] / 100, r["card_last4"], r["gateway_ref"]])
    log.info("wrote %s", path)
    return path
