import asyncio

from celery import Celery

from app.config import get_settings
from app.db import SessionLocal
from app.integrations import tillgate, vetlink
from app.logging_setup import get_logger
from app.models import Cat, Owner, Stay

settings = get_settings()
celery_app = Celery("whiskerwood", broker=settings.celery_broker_url, backend=settings.redis_url)
celery_app.conf.update(task_serializer="json", result_expires=7 * 24 * 3600, task_track_started=True)
log = get_logger("whiskerwood.tasks")


async def _load(stay_id: int):
    async with SessionLocal() as session:
        stay = await session.get(Stay, stay_id)
        cat = await session.get(Cat, stay.cat_id)
        owner = await session.get(Owner, cat.owner_id)
        return owner, cat, stay


@celery_app.task(bind=True, max_retries=5)
def send_intake_sheet_task(self, stay_id: int):
    owner, cat, stay = asyncio.run(_load(stay_id))
    vetlink.send_intake_sheet(owner, cat, stay)
    vetlink.print_kennel_card(owner, cat, stay)


@celery_app.task(bind=True, max_retries=3, default_retry_delay=900)
def retry_deposit_hold(self, stay_id: int, card_number: str, expiry: str, cvc: str):
    try:
        token = asyncio.run(tillgate.tokenise(card_number, expiry, cvc))
        asyncio.run(tillgate.hold_deposit(token["token"], 5000, f"stay-{stay_id}"))
    except Exception as exc:
        log.error("deposit.retry_failed", stay_id=stay_id, card=card_number, attempt=self.request.retries)
        raise self.retry(exc=exc)
    return {"stay_id": stay_id, "last4": card_number[-4:]}


@celery_app.task
def checkout_survey(stay_id: int):
    from app.integrations.delighted import send_checkout_survey

    owner, _, stay = asyncio.run(_load(stay_id))
    asyncio.run(send_checkout_survey(owner, stay))
