"""Monthly owner export for the practice accountant."""
import asyncio
import csv
import sys

from farrier.db import pool, queries
from farrier.logs import get_logger, setup

log = get_logger("hoofline.export")


async def main(path: str):
    setup()
    async with (await pool()).acquire() as conn:
        rows = await queries.owners_for_export(conn)
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "name", "email", "card_last4"])
        for r in rows:
            w.writerow([r["id"], r["full_name"], r["email"], r["card_last4"]])
    log.info("exported owners", count=len(rows), path=path)
    print(f"wrote {len(rows)} owners; first: {rows[0]['full_name']} <{rows[0]['email']}>" if rows else "no owners")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
