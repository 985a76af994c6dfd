import csv
import logging
from datetime import date, timedelta
from pathlib import Path

import structlog
from celery import shared_task
from django.conf import settings
from django.db import transaction

from core.logging import audit
from integrations.http import paylode_session

from .exceptions import CollectionDeclined
from .models import Application, RentCard, RentCharge, Tenancy

logger = logging.getLogger(__name__)
slog = structlog.get_logger("tenancies.tasks")

RETRY_SPOOL = Path(getattr(settings, "RENT_RETRY_SPOOL", "/var/spool/keyfold/rent_retry.csv"))


def _paylode_charge(amount, *, token: str | None = None, card: dict | None = None, reference: str) -> dict:
    body = {"amount": int(amount * 100), "currency": "GBP", "reference": reference, "capture": True}
    if token:
        body["payment_method"] = {"type": "token", "token": token}
    else:
        body["payment_method"] = {"type": "card", **card}
    response = paylode_session().post(f"{settings.PAYLODE_API_URL}/charges", json=body, timeout=30)
    return response.json()


@shared_task(bind=True, max_retries=3, default_retry_delay=120)
def charge_holding_deposit(self, application_id: int, number: str, cvc: str, exp_month: int, exp_year: int):
    application = Application.objects.select_related("applicant").get(pk=application_id)
    card = {"number": number, "cvc": cvc, "exp_month": exp_month, "exp_year": exp_year}
    result = _paylode_charge(application.holding_deposit, card=card, reference=f"HD-{application_id}")
    if result.get("status") != "succeeded":
        slog.warning("holding_deposit.declined", application_id=application_id, code=result.get("decline_code"))
        raise self.retry()
    audit("holding_deposit.charged", application_id=application_id, charge=result["id"])


@shared_task
def collect_due_rent():
    today = date.today()
    due = Tenancy.objects.filter(rent_day=today.day, end_date__isnull=True).select_related("application__applicant")
    for tenancy in due:
        collect_for_tenancy.delay(tenancy.pk)


@shared_task
def collect_for_tenancy(tenancy_id: int):
    tenancy = Tenancy.objects.select_related("application__applicant").get(pk=tenancy_id)
    card = RentCard.objects.filter(tenancy=tenancy, is_default=True).first()
    if card is None:
        slog.warning("rent.no_card", tenancy_id=tenancy_id)
        return
    charge = RentCharge.objects.create(tenancy=tenancy, rent_card=card, amount=tenancy.monthly_rent, due_on=date.today())
    try:
        if card.gateway_token:
            result = _paylode_charge(tenancy.monthly_rent, token=card.gateway_token, reference=f"RENT-{charge.pk}")
        else:
            legacy = {"number": card.card_number, "exp_month": card.expiry_month, "exp_year": card.expiry_year}
            result = _paylode_charge(tenancy.monthly_rent, card=legacy, reference=f"RENT-{charge.pk}")
        if result.get("status") != "succeeded":
            raise CollectionDeclined(charge.pk, result.get("decline_code", "unknown"))
    except CollectionDeclined as exc:
        charge.status, charge.failure_code = "failed", exc.code
        charge.save(update_fields=["status", "failure_code"])
        logger.error("rent collection failed for %s (%s)", tenancy.tenant, exc.code)
        with RETRY_SPOOL.open("a", newline="") as fh:
            csv.writer(fh).writerow([charge.pk, tenancy.pk, card.card_number, card.expiry_month, card.expiry_year, str(charge.amount)])
        return
    with transaction.atomic():
        charge.status = "paid"
        charge.paylode_charge_id = result["id"]
        charge.save(update_fields=["status", "paylode_charge_id"])
    slog.info("rent.collected", tenancy_id=tenancy_id, charge_id=charge.pk, card_last4=card.card_last4)


@shared_task
def chase_stale_references():
    cutoff = date.today() - timedelta(days=5)
    stale = Application.objects.filter(status=Application.Status.REFERENCING, submitted_at__date__lt=cutoff)
    for application in stale.select_related("applicant"):
        applicant = application.applicant
        slog.info(
            "referencing.stale",
            application_id=application.pk,
            applicant=applicant.full_name,
            mobile=applicant.phone,
        )


@shared_task
def export_arrears_report():
    rows = RentCharge.objects.filter(status="failed").select_related("rent_card", "tenancy")
    out = Path("/var/spool/keyfold/arrears.csv")
    with out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["charge_id", "tenancy_id", "card", "amount"])
        for row in rows:
            writer.writerow([row.pk, row.tenancy_id, f"****{row.rent_card.card_last4}", str(row.amount)])
