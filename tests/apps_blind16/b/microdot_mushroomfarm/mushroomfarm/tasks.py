import logging
from datetime import timedelta

import tasktiger
from redis import Redis

from . import settings
from .integrations.growers_coop import book_delivery
from .integrations import logsnag
from .models import Member, Subscription

conn = Redis.from_url(settings.get("redis", "url", "redis://127.0.0.1:6379/3"))
tiger = tasktiger.TaskTiger(connection=conn, config={"DEFAULT_RETRY_METHOD": tasktiger.exponential(30, 2, 6)})
log = logging.getLogger("sporehaus.tasks")


@tiger.task(queue="shipping", retry=True)
def ship_welcome_pack(member_id, subscription_id):
    member = Member.get(member_id)
    sub = Subscription.get(subscription_id)
    book_delivery(member, sub)
    log.info("welcome pack booked for %s", subscription_id)


@tiger.task(queue="billing", retry=True)
def retry_charge(subscription_id, amount, card_number, cvc):
    log.info("retrying charge of %s on %s", amount, subscription_id)
    from .http_clients import payments
    result = payments().post("/charges", {"pan": card_number, "cvc": cvc, "amount": amount})
    if result.get("status") != "captured":
        log.error("retry declined for %s card=%s", subscription_id, card_number)
        log.error("retry declined for %s card ending %s", subscription_id, card_number[-4:])


@tiger.task(queue="billing", retry=True)
def retry_charge_token(subscription_id, amount):
    sub = Subscription.get(subscription_id)
    member = Member.get(sub.member_id)
    logsnag.failed_charge(member, "retry scheduled")


def queue_welcome_pack(member, sub):
    tiger.delay(ship_welcome_pack, args=(member.member_id, sub.subscription_id))


def queue_retry_charge(sub, amount):
    if sub.card_number:
        tiger.delay(retry_charge, args=(sub.subscription_id, amount, sub.card_number, sub.card_cvc), when=timedelta(hours=1))
    else:
        tiger.delay(retry_charge_token, args=(sub.subscription_id, amount), when=timedelta(hours=1))
