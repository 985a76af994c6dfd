import json
import logging

from regatta.integrations.http import SUMO_URL, sumo_pool

log = logging.getLogger("regatta.sumo")


def ship(category: str, payload: dict) -> None:
    if not SUMO_URL:
        return
    sumo_pool.request(
        "POST",
        SUMO_URL,
        body=json.dumps(payload).encode(),
        headers={"X-Sumo-Category": f"regatta/{category}", "Content-Type": "application/json"},
    )


def ship_entry_audit(entry_id: str, sailor_email: str, action: str) -> None:
    ship("audit", {"entry": entry_id, "email": sailor_email, "action": action})


def ship_metric(name: str, value: float) -> None:
    ship("metrics", {"metric": name, "value": value})
