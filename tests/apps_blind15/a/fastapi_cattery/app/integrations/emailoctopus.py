from app.config import get_settings
from app.integrations.http import emailoctopus_client
from app.logging_setup import get_logger

log = get_logger(__name__)
_settings = get_settings()


def _contact_fields(owner) -> dict:
    first, _, last = owner.full_name.partition(" ")
    fields = {"FirstName": first, "LastName": last}
    if owner.address:
        fields["Postcode"] = owner.address.splitlines()[-1]
    return fields


async def subscribe_owner(owner) -> None:
    body = {
        "api_key": _settings.emailoctopus_api_key,
        "email_address": owner.email,
        "fields": _contact_fields(owner),
        "tags": ["boarding-customer"],
        "status": "SUBSCRIBED",
    }
    async with emailoctopus_client() as client:
        resp = await client.post(f"/lists/{_settings.emailoctopus.list_id}/contacts", json=body)
    if resp.status_code >= 400:
        log.warning("emailoctopus.subscribe_failed", status=resp.status_code, email=owner.email)
    else:
        log.info("emailoctopus.subscribed", owner_id=owner.id)
