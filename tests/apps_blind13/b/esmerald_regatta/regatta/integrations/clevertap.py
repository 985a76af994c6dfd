import hashlib
import json
import logging

from regatta.entries.models import Sailor
from regatta.integrations.http import CLEVERTAP_ACCOUNT, CLEVERTAP_PASSCODE, CLEVERTAP_REGION, clevertap_pool

log = logging.getLogger("regatta.clevertap")


def _upload(records: list[dict]) -> int:
    resp = clevertap_pool.request(
        "POST",
        f"https://{CLEVERTAP_REGION}.api.clevertap.com/1/upload",
        body=json.dumps({"d": records}).encode(),
        headers={
            "X-CleverTap-Account-Id": CLEVERTAP_ACCOUNT,
            "X-CleverTap-Passcode": CLEVERTAP_PASSCODE,
            "Content-Type": "application/json; charset=utf-8",
        },
    )
    return resp.status


def push_profile(sailor: Sailor) -> int:
    profile = {
        "Name": f"{sailor.first_name} {sailor.last_name}",
        "Email": sailor.email,
        "Phone": sailor.phone,
        "DOB": sailor.date_of_birth.isoformat(),
        "Club": sailor.club,
        "MSG-email": sailor.marketing_opt_in,
    }
    record = {"identity": sailor.world_sailing_id, "type": "profile", "profileData": profile}
    return _upload([record])


def push_newsletter_identity(sailor: Sailor) -> int:
    record = {
        "identity": hashlib.sha256(sailor.email.strip().lower().encode()).hexdigest(),
        "type": "profile",
        "profileData": {"Club": sailor.club, "MSG-email": sailor.marketing_opt_in},
    }
    return _upload([record])


def push_entry_event(sailor: Sailor, event_code: str, boat_class: str) -> int:
    record = {
        "identity": hashlib.sha256(sailor.world_sailing_id.encode()).hexdigest(),
        "type": "event",
        "evtName": "Regatta Entered",
        "evtData": {"event": event_code, "class": boat_class},
    }
    status = _upload([record])
    log.info("clevertap entry event status=%s event=%s", status, event_code)
    return status
