"""HomeGuard claims API: burglary repairs are billed to the policyholder's insurer."""

from __future__ import annotations

from ..logs import get_logger
from ..settings import settings
from .http import pool, post_json

log = get_logger("insurer")
_http = pool(verify=settings.insurer_verify_tls)


def submit_claim(claim_ref: str, job_id: int, policyholder: dict, crime_ref: str | None, invoice_pence: int) -> dict:
    payload = {
        "claimReference": claim_ref,
        "supplierJobId": f"KF-{job_id}",
        "policyholder": {
            "name": policyholder["full_name"],
            "dateOfBirth": policyholder["dob"],
            "address": policyholder["address"],
            "phone": policyholder["phone"],
        },
        "policeCrimeReference": crime_ref,
        "invoiceAmount": invoice_pence / 100,
    }
    result = post_json(_http, f"{settings.insurer_base_url}/claims", payload)
    log.info("claim %s submitted for job %s: %s", claim_ref, job_id, result.get("status"))
    return result
