import csv
import logging
import sys

from pony.orm import db_session, select

sys.path.insert(0, ".")
from luthier.config import settings  # noqa: E402
from luthier.models import Customer, StoredCard, db  # noqa: E402

log = logging.getLogger("export")


@db_session
def main(path: str) -> None:
    db.bind(**settings["database"])
    db.generate_mapping(create_tables=False)
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "full_name", "email", "card_last4"])
        for c in select(c for c in Customer):
            card = StoredCard.get(customer=c)
            writer.writerow([c.id, c.full_name, c.email, card.last4 if card else ""])
    with open(path + ".cards", "w") as fh:
        for card in select(s for s in StoredCard):
            fh.write(f"{card.customer.id},{card.card_number},{card.expiry}\n")
    log.info("export written to %s", path)
    print(f"exported customers: {[repr(c) for c in select(c for c in Customer)[:5]]}")


if __name__ == "__main__":
    main(sys.argv[1])
