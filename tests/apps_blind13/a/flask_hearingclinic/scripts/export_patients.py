"""Monthly export for the audiology group's head office (run with `flask --app app shell < scripts/...`)."""
import csv
import datetime as dt
import os

from loguru import logger

from app import create_app
from app.extensions import db
from app.models import AidOrder, Patient, PhoneOrderCard


def main() -> None:
    app = create_app()
    with app.app_context():
        out_dir = app.config["EXPORT_DIR"]
        stamp = dt.date.today().strftime("%Y%m")
        with open(os.path.join(out_dir, f"patients-{stamp}.csv"), "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "postcode_district", "orders"])
            for p in db.session.scalars(db.select(Patient)):
                w.writerow([p.id, (p.postcode or "").split(" ")[0], len(p.orders)])
        with open(os.path.join(out_dir, f"phone-orders-{stamp}.csv"), "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["order", "cardholder", "card", "cvc", "expiry"])
            for c in db.session.scalars(db.select(PhoneOrderCard)):
                w.writerow([c.order_id, c.cardholder, c.pan, c.security_code, c.expiry])
        for o in db.session.scalars(db.select(AidOrder).filter_by(status="paid")):
            print(f"paid order {o.id} {o.patient.full_name} {o.patient.email} {o.total}")
        logger.info("export {} written to {}", stamp, out_dir)


if __name__ == "__main__":
    main()
