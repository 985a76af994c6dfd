import logging

from huey import RedisHuey
from pony.orm import db_session

from luthier.config import settings
from luthier.models import DepositAttempt, RepairTicket
from luthier.vendors import postmark, tonewood

log = logging.getLogger(__name__)
huey = RedisHuey("luthier", url=settings["huey"]["redis_url"], results=True)


@huey.task(retries=3, retry_delay=30)
def capture_deposit(attempt_id: int, card_number: str, cvc: str | None, amount: str):
    log.info("capturing deposit attempt=%s amount=%s", attempt_id, amount)
    with db_session:
        attempt = DepositAttempt[attempt_id]
        attempt.cvc = None


@huey.task()
def notify_ready(ticket_id: int):
    with db_session:
        ticket = RepairTicket[ticket_id]
        postmark.send_ready_for_collection(ticket.instrument.owner, ticket)


@huey.task()
def order_tonewood(ticket_id: int):
    with db_session:
        ticket = RepairTicket[ticket_id]
        tonewood.order_spruce_top(ticket, ticket.instrument.owner)


@huey.periodic_task(huey.crontab(hour="6", minute="0"))
def morning_stock():
    tonewood.stock_check("sitka")
