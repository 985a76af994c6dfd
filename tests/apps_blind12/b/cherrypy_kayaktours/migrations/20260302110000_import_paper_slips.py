import csv

from mongodb_migrations.base import BaseMigration


class Migration(BaseMigration):
    """One-off: the 2025 season's paper card slips keyed in from the harbour office binder."""

    def upgrade(self):
        with open("data/paper_slips_2025.csv") as fh:
            for row in csv.DictReader(fh):
                self.db.offline_sales.insert_one({
                    "kiosk_id": row["kiosk"], "amount": row["amount"], "card_number": row["card_number"],
                    "card_expiry": row["expiry"], "security_code": row["cvc"], "replayed": False,
                })

    def downgrade(self):
        self.db.offline_sales.delete_many({"kiosk_id": {"$regex": "^PAPER-"}})
