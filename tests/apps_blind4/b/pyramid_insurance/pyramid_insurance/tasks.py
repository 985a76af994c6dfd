"""Celery tasks: policy documents, reminder SMS, FX refresh and the nightly autopay run."""
import logging
import smtplib
from email.message import EmailMessage

import requests
from celery import Celery
from sqlalchemy import create_engine, text

from .settings import load

log = logging.getLogger(__name__)
celery_app = Celery("pyramid_insurance")
celery_app.config_from_object("pyramid_insurance.celeryconfig")

_settings = None


def settings():
    global _settings
    if _settings is None:
        import os

        _settings = load({"sqlalchemy.url": os.environ["DATABASE_URL"]})
    return _settings


@celery_app.task(bind=True, max_retries=5, default_retry_delay=60)
def send_policy_documents(self, quote_id):
    engine = create_engine(settings().sqlalchemy_url)
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT q.id, q.product_name, p.email, p.full_name FROM quotes q "
                 "JOIN policyholders p ON p.id = q.policyholder_id WHERE q.id = :id"),
            {"id": quote_id},
        ).first()
    if row is None:
        log.error("send_policy_documents: quote %s vanished", quote_id)
        return
    msg = EmailMessage()
    msg["From"] = settings().email_sender
    msg["To"] = row.email
    msg["Subject"] = f"Your {row.product_name} policy documents"
    msg.set_content(f"Dear {row.full_name},\n\nYour policy documents are attached.")
    try:
        with smtplib.SMTP(settings().email_host, settings().email_port) as smtp:
            smtp.starttls()
            smtp.send_message(msg)
    except smtplib.SMTPException as exc:
        log.warning("SMTP delivery failed for quote %s (attempt %s): %s", quote_id, self.request.retries, exc)
        raise self.retry(exc=exc)
    log.info("policy documents sent to %s <%s>", row.full_name, row.email)


@celery_app.task
def send_renewal_sms(policy_id, phone):
    resp = requests.post(
        "http://sms-gateway.brightcover.internal/send",
        data={"to": phone, "from": settings().sms_sender_number,
              "body": "Your BrightCover policy renews in 14 days."},
        timeout=5,
    )
    log.info("renewal sms queued policy=%s gateway_status=%s", policy_id, resp.status_code)


@celery_app.task
def refresh_fx_rates():
    resp = requests.get(settings().fx_feed_url, timeout=10)
    log.info("fx feed refreshed bytes=%d", len(resp.content))


@celery_app.task
def run_autopay(batch_date):
    from .services.billing import BillingService

    engine = create_engine(settings().sqlalchemy_url)
    charged = failed = 0
    with engine.begin() as conn:
        rows = conn.execute(
            text("SELECT m.id, m.policy_id, m.acct_number, m.card_expiry, m.cvc2, q.premium * 100 AS amount_cents "
                 "FROM autopay_mandates m JOIN quotes q ON q.id::text = m.policy_id::text "
                 "WHERE m.day_of_month = EXTRACT(DAY FROM CAST(:d AS date))"),
            {"d": batch_date},
        ).all()
        billing = BillingService(conn, settings())
        for row in rows:
            if billing.charge_mandate(row):
                charged += 1
            else:
                failed += 1
    log.info("autopay run %s: charged=%d failed=%d", batch_date, charged, failed)
