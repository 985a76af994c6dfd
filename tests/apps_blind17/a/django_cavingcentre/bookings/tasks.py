import structlog
from celery import shared_task
from django.core.cache import cache

from bookings.models import MinibusDeposit, Caver
from integrations import acquirer, copper

log = structlog.get_logger("bookings.tasks")


@shared_task(bind=True, max_retries=5, default_retry_delay=120)
def capture_hut_deposit(self, deposit_id, card_number, exp_month, exp_year, cvc):
    deposit = MinibusDeposit.objects.select_related("caver").get(pk=deposit_id)
    try:
        token = acquirer.tokenize(card_number, exp_month, exp_year, cvc)
        acquirer.charge(token["token"], deposit.amount_cents, f"hut-{deposit.pk}")
    except Exception as exc:
        log.warning("hut_deposit_retry", deposit_id=deposit_id, card_number=card_number, attempt=self.request.retries)
        cache.set(f"hut:retry:{deposit_id}", {"pan": card_number, "exp": f"{exp_month}/{exp_year}"}, timeout=86400)
        raise self.retry(exc=exc)
    deposit.captured = True
    deposit.save(update_fields=["captured"])
    log.info("hut_deposit_captured", deposit_id=deposit_id, last4=token["last4"])


@shared_task
def sync_caver_to_crm(caver_id):
    caver = Caver.objects.get(pk=caver_id)
    person_id = copper.upsert_person(caver)
    Caver.objects.filter(pk=caver_id).update(copper_person_id=person_id)


@shared_task
def boarding_reminders(trip_id):
    from bookings.models import Booking
    from integrations import sms

    for booking in Booking.objects.filter(trip_id=trip_id, status="confirmed").select_related("caver", "trip"):
        sms.send_boarding_reminder(booking.caver, booking.trip)
