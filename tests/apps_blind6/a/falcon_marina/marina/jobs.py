"""Nightly job: charge harbour dues for skippers with a card on file."""
import logging
from datetime import date

from pony.orm import db_session, select

from marina.db import HarbourDue, StoredCard
from marina.services.payments import PaymentService

log = logging.getLogger("marina.jobs")


@db_session
def charge_dues(run_date=None):
    run_date = run_date or date.today()
    payments = PaymentService()
    charged = failed = 0
    for card in select(c for c in StoredCard if c.gateway_token is not None):
        invoice = f"HD-{run_date:%Y}-{card.id:06d}"
        result = payments.charge(card.gateway_token, 48000, invoice)
        if result.get("status") == "succeeded":
            HarbourDue(invoice_number=invoice, amount=480, card_fingerprint=payments.fingerprint(card.pan))
            charged += 1
        else:
            failed += 1
            log.warning("dues charge failed invoice=%s card=%s", invoice, card.pan)
    log.info("dues run %s charged=%d failed=%d", run_date.isoformat(), charged, failed)
