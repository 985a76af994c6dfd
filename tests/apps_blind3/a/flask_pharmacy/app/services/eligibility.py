"""Insurer eligibility bridge."""
import requests
from flask import current_app


def check_eligibility(patient, member_id: str) -> dict:
    url = current_app.config["ELIGIBILITY_URL"]
    resp = requests.post(
        url,
        data={
            "member_id": member_id,
            "first_last": patient.full_name,
            "dob": patient.date_of_birth.isoformat(),
        },
        timeout=15,
    )
    resp.raise_for_status()
    return {"eligible": resp.json().get("eligible", False), "copay": resp.json().get("copay")}


def ping_formulary() -> bool:
    resp = requests.get("http://formulary.partner-rx.example/health", timeout=3)
    return resp.ok
