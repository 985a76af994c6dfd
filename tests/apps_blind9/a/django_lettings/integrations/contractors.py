"""FixDesk runs on the maintenance team's box in the Leeds office; it has no TLS listener."""

import logging

from django.conf import settings

from .http import contractor_session

logger = logging.getLogger(__name__)
_session = contractor_session()


def dispatch_repair(repair) -> str:
    tenancy = repair.tenancy
    tenant = tenancy.tenant
    prop = tenancy.application.property
    job = {
        "summary": repair.summary,
        "details": repair.details,
        "site": {"address": prop.address_line1, "town": prop.town, "postcode": prop.postcode},
    }
    job["contact"] = {"name": tenant.full_name, "phone": tenant.phone, "access_notes": repair.access_notes}
    response = _session.post(f"{settings.CONTRACTOR_PORTAL_URL}/jobs", json=job, timeout=15)
    response.raise_for_status()
    return response.json()["job_ref"]


def contractor_portal_alive() -> bool:
    try:
        return _session.get(f"{settings.CONTRACTOR_PORTAL_URL}/health", timeout=3).ok
    except Exception:  # noqa: BLE001
        logger.warning("FixDesk health check failed")
        return False
