"""Export the start list and entrant contacts for the race office."""
import asyncio
import csv
import logging
import sys

from regatta.db import engine
from regatta.entries.models import Entry, Sailor
from regatta.logging_setup import configure

log = logging.getLogger("regatta.export")


async def main(event_code: str, out_path: str) -> None:
    configure()
    with open(out_path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["sail", "class", "helm", "email", "phone", "emergency"])
        async for entry in engine.find(Entry, Entry.event_code == event_code):
            helm = await engine.find_one(Sailor, Sailor.world_sailing_id == entry.helm_id)
            writer.writerow([entry.sail_number, entry.boat_class, f"{helm.first_name} {helm.last_name}",
                             helm.email, helm.phone, helm.emergency.phone if helm.emergency else ""])
            print(f"exported {entry.sail_number}: {helm.first_name} {helm.last_name} {helm.phone}")
    log.info("export finished event=%s file=%s", event_code, out_path)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
