"""Exports pending phone payments for keying into the Tallypay virtual terminal during a gateway outage.

Usage: python -m scripts.export_pending_phone_payments /secure/outage/pending.csv
"""

import csv
import logging
import sys

from sqlalchemy import select

from app.core.logging import configure_logging
from app.db.models import ClientCard, PhonePayment
from app.db.session import SessionLocal

log = logging.getLogger("hearth.scripts")


def export_pending(path: str) -> int:
    with SessionLocal() as db, open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["payment_id", "payer", "card_number", "expiry", "cvc", "amount"])
        rows = db.scalars(select(PhonePayment).where(PhonePayment.status == "pending")).all()
        for p in rows:
            writer.writerow([p.id, p.payer_name, p.card_number, p.card_expiry, p.card_cvc, p.amount])
        return len(rows)


def export_card_summary(path: str) -> int:
    with SessionLocal() as db, open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["client_id", "brand", "last4", "expires"])
        cards = db.scalars(select(ClientCard)).all()
        for c in cards:
            writer.writerow([c.client_id, c.brand, c.last4, f"{c.exp_month:02d}/{c.exp_year}"])
        return len(cards)


if __name__ == "__main__":
    configure_logging("INFO")
    target = sys.argv[1]
    count = export_pending(target) if "--summary" not in sys.argv else export_card_summary(target)
    log.info("exported %d rows to %s", count, target)
