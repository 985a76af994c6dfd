from django.conf import settings

from .http import keap_session


def contact_payload(customer):
    payload = {"given_name": customer.full_name.split(" ")[0]}
    payload["family_name"] = customer.full_name.split(" ")[-1]
    payload["email_addresses"] = [{"email": customer.email, "field": "EMAIL1"}]
    payload["phone_numbers"] = [{"number": customer.phone, "field": "PHONE1"}]
    payload["addresses"] = [{"line1": customer.site_address, "field": "BILLING", "country_code": "GBR"}]
    return payload


def upsert_contact(customer):
    r = keap_session.put(
        f"{settings.KEAP['BASE']}/contacts",
        json={**contact_payload(customer), "duplicate_option": "Email"},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["id"]


def add_note(keap_id, customer, text):
    r = keap_session.post(
        f"{settings.KEAP['BASE']}/notes",
        json={
            "contact_id": int(keap_id),
            "title": "Site survey",
            "body": f"{text}\nCall {customer.full_name} on {customer.phone} or {customer.email}",
        },
        timeout=15,
    )
    r.raise_for_status()


def tag_contact(keap_id, tag_id):
    r = keap_session.post(
        f"{settings.KEAP['BASE']}/tags/{tag_id}/contacts",
        json={"ids": [int(keap_id)]},
        timeout=15,
    )
    r.raise_for_status()
