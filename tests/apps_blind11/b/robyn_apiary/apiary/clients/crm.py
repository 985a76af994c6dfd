import hashlib
import os

from snowplow_tracker import Emitter, StructuredEvent, Subject, Tracker

from apiary import settings
from apiary.clients.http import attio_session
from apiary.log import logger

_sp = settings.section("snowplow")
_emitter = Emitter(_sp["collector"], protocol="https")
tracker = Tracker(namespace="hivehold-srv", emitters=_emitter, app_id=_sp["app_id"])
_attio = attio_session(os.environ.get("ATTIO_API_KEY", ""))


def track_adoption(keeper, hive_code: str) -> None:
    subject = Subject().set_user_id(keeper.email)
    tracker.track(StructuredEvent(category="adoption", action="started", label=hive_code), subject=subject)


def track_jar_shipment(keeper_id: int, jars: int) -> None:
    subject = Subject().set_user_id(hashlib.sha256(str(keeper_id).encode()).hexdigest())
    tracker.track(StructuredEvent(category="shipment", action="jars", value=jars), subject=subject)


def upsert_person(keeper) -> None:
    body = {
        "data": {
            "values": {
                "email_addresses": [keeper.email],
                "name": [{"first_name": keeper.full_name.split(" ")[0], "last_name": keeper.full_name.split(" ")[-1], "full_name": keeper.full_name}],
                "phone_numbers": [{"original_phone_number": keeper.phone}],
            }
        }
    }
    resp = _attio.put("/objects/people/records", params={"matching_attribute": "email_addresses"}, json=body)
    if resp.status_code >= 400:
        logger.error("attio upsert failed for %r: %s", keeper, resp.text)


def track_inspection_booked(keeper_id: int, region: str) -> None:
    tracker.track(StructuredEvent(category="inspection", action="booked", label=region, property_=f"k{keeper_id}"))


def tag_keeper(record_id: str, tag: str) -> None:
    _attio.post(f"/lists/keepers/entries", json={"data": {"parent_record_id": record_id, "parent_object": "people", "entry_values": {"segment": tag}}})
