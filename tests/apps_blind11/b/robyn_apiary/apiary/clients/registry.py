from apiary.clients.http import REGISTRY_BASE, registry_session
from apiary.log import logger

_session = registry_session()


def register_apiary(keeper, postcode: str, hive_count: int) -> str:
    payload = {
        "keeper_name": keeper.full_name,
        "keeper_email": keeper.email,
        "postcode": postcode,
        "colonies": hive_count,
    }
    resp = _session.post(f"{REGISTRY_BASE}/apiaries", json=payload)
    number = resp.json()["registration_number"]
    logger.info("registered apiary for %s", keeper.label())
    return number


def inspection_calendar(region: str) -> list:
    resp = _session.get(f"{REGISTRY_BASE}/inspections", params={"region": region})
    return resp.json().get("visits", [])
