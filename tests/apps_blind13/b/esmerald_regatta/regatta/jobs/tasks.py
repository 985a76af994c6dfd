import logging

from regatta.db import engine
from regatta.entries.models import Entry, Sailor
from regatta.integrations import harbourpay, sumo, tidewater
from regatta.jobs.scheduler import scheduler
from regatta.payments.models import CardPaymentIn, FeePayment, FeeRetry

log = logging.getLogger("regatta.jobs")


async def publish_to_tidewater(entry_id: str) -> None:
    entry = await engine.find_one(Entry, Entry.id == entry_id)
    helm = await engine.find_one(Sailor, Sailor.world_sailing_id == entry.helm_id)
    tidewater.publish_entry(entry, helm)


async def retry_declined_fees() -> None:
    log.info("fee retry sweep starting")
    async for retry in engine.find(FeeRetry, FeeRetry.attempts < 3):
        form = CardPaymentIn(entry_id=retry.entry_id, cardholder=retry.cardholder, card_number=retry.card_number,
                             expiry=retry.expiry, cvc=retry.cvc, postcode="")
        try:
            result = harbourpay.authorise(form, 4500)
        except Exception as exc:
            retry.attempts += 1
            log.warning("retry %s failed for %s (%s)", retry.id, retry.cardholder, exc)
            await engine.save(retry)
            continue
        await engine.save(FeePayment(entry_id=retry.entry_id, amount_pence=4500, harbourpay_token=result["token"],
                                     card_last4=result["last4"], card_brand=result.get("brand", "unknown")))
        await engine.delete(retry)
        log.info("fee retry %s settled last4=%s", retry.id, result["last4"])


def schedule_recurring() -> None:
    scheduler.add_job(retry_declined_fees, "interval", minutes=30, id="fee-retries", replace_existing=True)
    scheduler.add_job(sumo.ship_metric, "interval", minutes=5, args=["scheduler.alive", 1.0], id="heartbeat",
                      replace_existing=True)
