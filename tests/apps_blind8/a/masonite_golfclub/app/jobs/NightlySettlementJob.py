"""Charges bar tabs left open at closing and writes the settlement file the
accountant imports into Sage the next morning."""
import csv
import os

import pendulum
from logbook import Logger
from masonite.queues import Queueable

from app.models.SavedCard import BarTabCard
from app.services.PaymentGateway import PaymentGateway
from config.services import PRO_SHOP

log = Logger("clubhouse.jobs.settlement")


class NightlySettlementJob(Queueable):
    def __init__(self, business_date=None):
        self.business_date = business_date or pendulum.yesterday().to_date_string()

    def handle(self):
        gateway = PaymentGateway()
        path = os.path.join(PRO_SHOP["export_dir"], f"bar_settlement_{self.business_date}.csv")
        with open(path, "w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["tab_id", "member_id", "card_number", "expiry", "amount_pence", "status"])
            for tab in BarTabCard.where_raw("DATE(created_at) = ?", [self.business_date]).get():
                amount = tab.balance_pence or 0
                try:
                    gateway.charge_keyed(tab.card_number, tab.expiry, tab.cvv, amount, f"BAR-{tab.id}")
                    status = "charged"
                except Exception as exc:
                    status = f"failed:{exc}"
                writer.writerow([tab.id, tab.member_id, tab.card_number, tab.expiry, amount, status])
        log.info("settlement file written: {}", path)

    def failed(self, payload, error):
        log.error("settlement for {} failed: {}", self.business_date, error)
