"""Kit (formerly ConvertKit) newsletter for swell alerts."""
import hashlib
import logging

from .http import kit_client

logger = logging.getLogger(__name__)

SWELL_ALERT_FORM = 6120455


def subscribe_student(student) -> str:
    body = {
        "email_address": student.email,
        "first_name": student.first_name,
        "state": "active",
        "fields": {"Phone": student.phone, "Birthday": str(student.date_of_birth)},
    }
    with kit_client() as client:
        resp = client.post("/subscribers", json=body)
        sub_id = resp.json()["subscriber"]["id"]
        client.post(f"/forms/{SWELL_ALERT_FORM}/subscribers/{sub_id}", json={})
    return str(sub_id)


def tag_level(student, tag_id: int) -> None:
    with kit_client() as client:
        client.post(f"/tags/{tag_id}/subscribers/{student.kit_subscriber_id}", json={})


def email_digest(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()
