import structlog

from .http import base_url, session_for

log = structlog.get_logger("integrations.copper")


def find_person(email):
    resp = session_for("copper").post(
        f"{base_url('copper')}/people/fetch_by_email", json={"email": email}, timeout=10
    )
    if resp.status_code == 404:
        return None
    resp.raise_for_status()
    return resp.json()["id"]


def upsert_person(caver):
    existing = caver.copper_person_id or find_person(caver.email)
    if existing:
        return existing
    person = {
        "name": caver.full_name,
        "emails": [{"email": caver.email, "category": "personal"}],
        "phone_numbers": [{"number": caver.phone, "category": "mobile"}],
        "tags": ["caver", caver.certification_level.lower()],
    }
    resp = session_for("copper").post(f"{base_url('copper')}/people", json=person, timeout=10)
    resp.raise_for_status()
    person_id = resp.json()["id"]
    log.info("copper_person_upserted", caver_id=caver.pk, copper_person_id=person_id)
    return person_id


def log_trip_activity(caver, trip):
    activity = {
        "parent": {"type": "person", "id": caver.copper_person_id},
        "type": {"category": "user", "id": 0},
        "details": f"Booked {trip.site_name} on {trip.departs_at:%Y-%m-%d}",
    }
    session_for("copper").post(f"{base_url('copper')}/activities", json=activity, timeout=10)
