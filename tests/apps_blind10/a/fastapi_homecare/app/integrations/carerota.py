"""Pushes planned visits to CareRota, the rostering box carers' phones sync from."""

import logging

from app.db.models import Client, Visit
from app.integrations.http import carerota_client

log = logging.getLogger("hearth.carerota")


def _visit_payload(visit: Visit, client: Client) -> dict:
    payload = {"visit_ref": f"V{visit.id}", "carer": visit.carer_id, "start": visit.starts_at.isoformat()}
    payload["minutes"] = visit.minutes
    payload["client_name"] = client.full_name
    payload["address"] = f"{client.address_line}, {client.postcode}"
    payload["key_safe_phone"] = client.phone
    payload["tasks"] = visit.tasks.splitlines()
    return payload


def push_visit(visit: Visit, client: Client) -> None:
    resp = carerota_client().post("/api/visits", json=_visit_payload(visit, client))
    resp.raise_for_status()
    log.info("visit %s pushed to carerota", visit.id)


def rota_status() -> bool:
    return carerota_client().get("/api/ping").status_code == 200
