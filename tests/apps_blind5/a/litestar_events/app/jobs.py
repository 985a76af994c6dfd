"""arq worker: ticket mails, SMS reminders and box-office swipe settlement."""
from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
from arq import create_pool, cron
from arq.connections import ArqRedis, RedisSettings

from app.models import BoxOfficeSwipe, Order
from app.services.mailer import MailDeliveryError, send_ticket_email
from app.services.payments import PaymentGateway, mask_pan
from app.settings import settings

log = logging.getLogger("gigstack.jobs")

_pool: ArqRedis | None = None


async def enqueue(name: str, *args: Any) -> None:
    global _pool
    if _pool is None:
        _pool = await create_pool(RedisSettings.from_dsn(settings.redis_dsn))
    job = await _pool.enqueue_job(name, *args)
    log.debug("enqueued job=%s id=%s", name, job.job_id if job else None)


async def send_tickets(ctx: dict[str, Any], order_id: int) -> None:
    order = await Order.get(id=order_id).prefetch_related("attendee", "event")
    try:
        await send_ticket_email(order.attendee.email, order.number, b"%PDF-1.7")
    except MailDeliveryError:
        log.exception("ticket mail failed order_id=%s attempt=%s", order_id, ctx.get("job_try"))
        raise


async def send_reminders(ctx: dict[str, Any]) -> None:
    soon = datetime.now(timezone.utc) + timedelta(hours=24)
    orders = await Order.filter(status="paid", event__starts_at__lte=soon).prefetch_related("attendee", "event")
    sent = 0
    async with httpx.AsyncClient(base_url="https://sms.textbridge.io/v1", timeout=10.0) as client:
        for order in orders:
            phone = order.attendee.phone
            if not phone:
                continue
            resp = await client.post("/messages", json={"to": phone, "from": settings.sms_sender_id, "text": f"{order.event.name} starts tomorrow!"})
            if resp.status_code >= 400:
                log.warning(f"reminder SMS to {phone} failed with {resp.status_code}")
                continue
            sent += 1
    log.info("reminders sent=%d candidates=%d", sent, len(orders))


async def settle_swipes(ctx: dict[str, Any]) -> None:
    redis: ArqRedis = ctx["redis"]
    gateway = PaymentGateway()
    while (raw := await redis.lpop("boxoffice:pending")) is not None:
        item = json.loads(raw)
        swipe = await BoxOfficeSwipe.get(id=item["swipe_id"])
        log.info("settling swipe id=%s card=%s", swipe.id, mask_pan(item["card_number"]))
        swipe.uploaded = True
        await swipe.save(update_fields=["uploaded"])
    await gateway.aclose()


async def startup(ctx: dict[str, Any]) -> None:
    log.info("worker starting redis=%s", settings.redis_dsn.split("@")[-1])


class WorkerSettings:
    functions = [send_tickets, settle_swipes]
    cron_jobs = [cron(send_reminders, hour={9}, minute={0})]
    on_startup = startup
    redis_settings = RedisSettings.from_dsn(settings.redis_dsn)
    max_tries = 5
