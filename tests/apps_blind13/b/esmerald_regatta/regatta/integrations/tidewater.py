import json
import logging

from regatta.entries.models import Entry, Sailor
from regatta.integrations.http import TIDEWATER_URL, tidewater_pool

log = logging.getLogger("regatta.tidewater")


def publish_entry(entry: Entry, helm: Sailor) -> None:
    doc = {
        "sail": entry.sail_number,
        "class": entry.boat_class,
        "helm": f"{helm.first_name} {helm.last_name}",
        "club": helm.club,
        "yob": helm.date_of_birth.year,
    }
    resp = tidewater_pool.request("POST", TIDEWATER_URL, body=json.dumps(doc).encode(),
                                  headers={"Content-Type": "application/json"})
    log.info("tidewater publish sail=%s status=%s", entry.sail_number, resp.status)


def publish_crew_list(entry: Entry, crew: list[Sailor]) -> None:
    doc = {
        "sail": entry.sail_number,
        "crew": [{"name": f"{c.first_name} {c.last_name}", "phone": c.phone} for c in crew],
    }
    tidewater_pool.request("POST", f"{TIDEWATER_URL}/{entry.sail_number}/crew", body=json.dumps(doc).encode(),
                           headers={"Content-Type": "application/json"})


def publish_start_list(entries: list[Entry]) -> None:
    rows = [{"sail": e.sail_number, "class": e.boat_class} for e in entries]
    tidewater_pool.request("PUT", "http://127.0.0.1:8089/startlist", body=json.dumps(rows).encode())
