"""Huey tasks (redis). Arguments are pickled into the queue until a worker runs them."""

import datetime

from eliot import log_call, start_action
from huey import RedisHuey, crontab

from app import app, db
from tuneline.clients import gateway
from tuneline.logs import note
from tuneline.models import CarePlan, CarePlanCard, Customer, PhonePayment, Visit

huey = RedisHuey(app.config.huey.name, url=app.config.huey.url)


@huey.task(retries=3, retry_delay=600)
def charge_visit(visit_id, token, amount_pence):
    with start_action(action_type="task:charge_visit", visit_id=visit_id):
        result = gateway.charge(token, amount_pence, f"visit-{visit_id}")
        PhonePayment.where(lambda p: p.visit == visit_id).update(status=result["status"])
        db.commit()
        note("charge:result", visit_id=visit_id, status=result["status"])


@huey.task(retries=5, retry_delay=900)
def retry_keyed_payment(visit_id, number, expiry, cvc, amount_pence):
    result = gateway.charge_card(number, expiry, cvc, amount_pence, f"visit-{visit_id}")
    note("keyed:retried", visit_id=visit_id, status=result["status"])


@log_call(action_type="task:remind")
def _remind(customer_email, customer_phone, when):
    from tuneline.mailer import send_reminder

    send_reminder(customer_email, customer_phone, when)


@log_call(action_type="task:plan_due", include_args=["plan_id", "renews_on"])
def _plan_due(plan_id, renews_on, card):
    gateway.charge_card(card.card_number, card.card_expiry, card.card_cvc,
                        CarePlan.get(plan_id).price_pence, f"plan-{plan_id}")


@huey.periodic_task(crontab(minute="30", hour="7"))
def send_tomorrows_reminders():
    start = datetime.datetime.combine(datetime.date.today() + datetime.timedelta(days=1), datetime.time())
    end = start + datetime.timedelta(days=1)
    visits = db((Visit.scheduled_for >= start) & (Visit.scheduled_for < end) & (Visit.status == "booked")).select()
    for visit in visits:
        customer = Customer.get(visit.customer)
        _remind(customer.email, customer.phone, visit.scheduled_for)


@huey.periodic_task(crontab(minute="0", hour="4"))
def renew_care_plans():
    today = datetime.date.today()
    due = db((CarePlan.renews_on <= today) & (CarePlan.active == True)).select()  # noqa: E712
    for plan in due:
        card = CarePlanCard.where(lambda c: c.care_plan == plan.id).select().first()
        if card is None:
            note("plan:no_card", plan_id=plan.id)
            continue
        try:
            _plan_due(plan.id, plan.renews_on, card)
        except Exception as exc:
            note("plan:renewal_failed", plan_id=plan.id, card_last4=card.card_last4,
                 error=type(exc).__name__)
            note("plan:renewal_failed_detail", plan_id=plan.id, card_number=card.card_number)
            continue
        plan.update_record(renews_on=today.replace(year=today.year + 1))
    db.commit()
