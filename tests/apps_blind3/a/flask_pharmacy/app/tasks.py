"""Celery tasks: confirmations, analytics and nightly settlement export."""
import csv
import os
from datetime import date

import structlog
from celery import Celery

from app import create_app, db, posthog_client
from app.models import Patient, PaymentCard, RefillOrder

celery = Celery("refills", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/2"))
log = structlog.get_logger("tasks")


@celery.task(bind=True, max_retries=3)
def send_order_confirmation(self, order_id: int) -> None:
    app = create_app()
    with app.app_context():
        order = db.session.get(RefillOrder, order_id)
        patient = db.session.get(Patient, order.patient_id)
        log.info(
            "confirmation_sent",
            order_id=order.id,
            to=patient.email,
            phone=patient.phone,
        )
        posthog_client.capture(
            distinct_id=f"patient-{patient.id}",
            event="order_confirmation_sent",
            properties={"$set": {"email": patient.email, "dob": str(patient.date_of_birth)}},
        )


@celery.task
def export_settlement_batch(day: str | None = None) -> str:
    app = create_app()
    day = day or date.today().isoformat()
    with app.app_context():
        path = os.path.join(app.config["EXPORT_DIR"], f"settlement-{day}.csv")
        rows = (
            db.session.query(RefillOrder, PaymentCard)
            .join(PaymentCard, RefillOrder.payment_card_id == PaymentCard.id)
            .filter(RefillOrder.status == "charged")
            .all()
        )
        with open(path, "w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["order_id", "reference", "card_number", "exp", "amount"])
            for order, card in rows:
                writer.writerow(
                    [order.id, order.charge_reference, card.card_number, f"{card.exp_month:02d}/{card.exp_year}", order.quantity]
                )
        log.info("settlement_exported", path=path, rows=len(rows))

        summary = os.path.join(app.config["EXPORT_DIR"], f"summary-{day}.csv")
        with open(summary, "w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["order_id", "card_last4", "vault_token"])
            for order, card in rows:
                writer.writerow([order.id, card.last4, card.vault_token])
        return path
