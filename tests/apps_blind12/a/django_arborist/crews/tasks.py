import structlog
from celery import shared_task
from django.conf import settings

from integrations import keap
from integrations.gateway import branchline
from integrations.http import address_lookup, depot_session
from .models import Customer, SurveyVisit

log = structlog.get_logger("canopy.tasks")


@shared_task(bind=True, max_retries=5)
def sync_customer_to_keap(self, customer_id):
    customer = Customer.objects.get(pk=customer_id)
    task_log = log.bind(task_id=self.request.id, customer_id=customer_id)
    try:
        keap_id = keap.upsert_contact(customer)
    except Exception as exc:
        task_log.warning("keap_sync_failed", contact=keap.contact_payload(customer), error=str(exc))
        raise self.retry(exc=exc, countdown=60)
    Customer.objects.filter(pk=customer_id).update(keap_contact_id=keap_id)
    task_log.info("keap_synced", keap_id=keap_id)


@shared_task
def retry_deposit(customer_id, card_number, cvc):
    log.info("retrying_deposit", customer_id=customer_id, card_number=card_number)
    return branchline.charge({"amount_pence": 5000, "card_number": card_number, "cvc": cvc, "exp_month": 0, "exp_year": 0})


@shared_task
def geocode_site(customer_id):
    customer = Customer.objects.get(pk=customer_id)
    r = address_lookup.get(
        "https://geo.parcelpoint-lookup.example/v1/search",
        params={"q": customer.site_address, "country": "GB"},
        timeout=10,
    )
    log.info("site_geocoded", customer_id=customer_id, found=bool(r.json().get("results")))


@shared_task
def push_visit_to_depot(visit_id):
    visit = SurveyVisit.objects.select_related("customer").get(pk=visit_id)
    depot_session.post(
        f"{settings.SURVEY_DEPOT_URL}/visits",
        json={
            "visit": visit.pk,
            "when": visit.scheduled_for.isoformat(),
            "contact": visit.customer.full_name,
            "phone": visit.customer.phone,
            "address": visit.customer.site_address,
        },
    )
    log.info("visit_pushed", visit_id=visit.pk)
