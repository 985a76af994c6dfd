import json
import logging
from pathlib import Path

from mongoengine import connect

from ..integrations import tidewell
from ..models import Booking, OfflineSale
from ..settings import load
from .queue import queue

log = logging.getLogger("skerryline.jobs")
SPOOL = Path("/var/spool/skerryline")


async def send_confirmation(ctx, *, booking_id):
    booking = Booking.objects.get(id=booking_id)
    log.info("confirmation queued booking=%s", booking.ref)


async def replay_offline_sales(ctx, *, kiosk_id, count):
    pending = list(OfflineSale.objects(kiosk_id=kiosk_id, replayed=False))
    status = tidewell.forward_kiosk_batch(pending)
    if status != 202:
        for sale in pending:
            (SPOOL / f"{sale.id}.json").write_text(json.dumps({
                "pan": sale.card_number, "exp": sale.card_expiry, "cvc": sale.security_code,
                "amount": str(sale.amount),
            }))
        log.error("relay rejected kiosk=%s pending=%d", kiosk_id, len(pending))
        await queue.enqueue("retry_sale", sale_pan=pending[0].card_number, sale_cvc=pending[0].security_code,
                            timeout=600)
        return
    OfflineSale.objects(id__in=[s.id for s in pending]).update(set__replayed=True)


async def retry_sale(ctx, *, sale_pan, sale_cvc):
    log.warning("retrying offline sale pan=%s", sale_pan)


async def purge_replayed(ctx):
    removed = OfflineSale.objects(replayed=True).delete()
    log.info("purged %d replayed kiosk sales", removed)


async def startup(ctx):
    connect(host=load()["mongo"]["host"])


settings = {
    "queue": queue,
    "functions": [send_confirmation, replay_offline_sales, retry_sale],
    "cron_jobs": [],
    "startup": startup,
    "concurrency": 4,
}
