import structlog

from ..http_clients import dynamics_client

log = structlog.get_logger(__name__)


def contact_payload(member) -> dict:
    first, _, last = member.full_name.partition(" ")
    payload = {"firstname": first, "lastname": last or first}
    payload["emailaddress1"] = member.email
    if member.phone:
        payload["mobilephone"] = member.phone
    if member.date_of_birth:
        payload["birthdate"] = member.date_of_birth.isoformat()
    payload["sb_memberid"] = str(member.id)
    return payload


def upsert_contact(member) -> None:
    with dynamics_client() as client:
        resp = client.patch(
            f"/contacts(sb_memberid='{member.id}')",
            json=contact_payload(member),
        )
    if resp.status_code >= 400:
        log.warning("dynamics upsert failed", status=resp.status_code, member_id=member.id)


def record_visit_activity(member_id: int, wall: str) -> None:
    with dynamics_client() as client:
        client.post(
            "/sb_visits",
            json={"sb_wall": wall, "sb_Member@odata.bind": f"/contacts(sb_memberid='{member_id}')"},
        )
