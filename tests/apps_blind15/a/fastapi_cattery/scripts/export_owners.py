"""Nightly export of owners and deposit cards for the accounts team's spreadsheet."""
import asyncio
import csv
import sys

from sqlalchemy import select

from app.db import SessionLocal
from app.models import DepositCard, Owner


async def main(path: str) -> None:
    async with SessionLocal() as session:
        owners = (await session.scalars(select(Owner))).all()
        cards = {c.owner_id: c for c in (await session.scalars(select(DepositCard))).all()}
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["owner_id", "name", "email", "phone", "card_number", "expiry"])
        for o in owners:
            card = cards.get(o.id)
            writer.writerow([o.id, o.full_name, o.email, o.phone, card.card_number if card else "", card.expiry if card else ""])
    with open(path + ".masked", "w", newline="") as fh:
        writer = csv.writer(fh)
        for o in owners:
            card = cards.get(o.id)
            writer.writerow([o.id, ("**** " + card.card_number[-4:]) if card else ""])
    print(f"exported {len(owners)} owners to {path}")
    for o in owners:
        if not o.phone:
            print(f"owner without phone: {o}")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else "owners.csv"))
