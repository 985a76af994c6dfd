"""Depot dispatch box: pushes jobs to the engineers' van tablets."""

from __future__ import annotations

import json

from ..logs import get_logger
from ..models import CallOut, Customer
from ..settings import settings
from .http import pool

log = get_logger("dispatch")


class DispatchClient:
    def __init__(self) -> None:
        self.http = pool()
        self.base = settings.dispatch_base_url.rstrip("/")

    def send_job(self, job: CallOut, customer: Customer, site_address: str, access_notes: str) -> None:
        ticket = {
            "job": job.id,
            "type": job.job_type,
            "postcode": job.site_postcode,
        }
        ticket["customer"] = {"name": customer.full_name, "phone": customer.phone}
        ticket["site_address"] = site_address
        ticket["access_notes"] = access_notes
        response = self.http.request(
            "POST",
            f"{self.base}/jobs",
            body=json.dumps(ticket).encode(),
            headers={"Content-Type": "application/json"},
        )
        log.info("dispatch accepted job %s (%s)", job.id, response.status)

    def heartbeat(self) -> bool:
        response = self.http.request("GET", settings.status_ping_url, timeout=2.0)
        return response.status == 200
