import structlog

from .http import base_url, session_for

log = structlog.get_logger("integrations.medical")


class ClearanceRefused(Exception):
    pass


def request_clearance(caver, answers):
    body = {
        "caver": {
            "name": caver.full_name,
            "date_of_birth": caver.date_of_birth.isoformat(),
            "phone": caver.phone,
        },
        "questionnaire": answers,
    }
    resp = session_for("medical").post(f"{base_url('medical')}/clearances", json=body, timeout=15)
    if resp.status_code == 409:
        raise ClearanceRefused(
            f"clearance refused for {caver.full_name} (born {caver.date_of_birth}): {resp.json().get('reason')}"
        )
    resp.raise_for_status()
    return resp.json()["clearance_ref"]
