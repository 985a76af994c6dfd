"""Marketing and error-tracking integrations."""

from __future__ import annotations

import hashlib
import time

import httpx
import rollbar
from klaviyo_api import KlaviyoAPI
from logbook import Logger

from skiresort.models.guest import Guest
from skiresort.settings import get_settings

log = Logger("skiresort.crm")
settings = get_settings()

klaviyo = KlaviyoAPI(settings.klaviyo_api_key.get_secret_value(), max_delay=30, max_retries=3)


def subscribe_guest(guest: Guest) -> None:
    if not guest.marketing_opt_in:
        return
    klaviyo.Profiles.create_or_update_profile(
        {
            "data": {
                "type": "profile",
                "attributes": {
                    "email": guest.email,
                    "phone_number": guest.phone,
                    "first_name": guest.first_name,
                    "last_name": guest.last_name,
                    "properties": {"ski_ability": guest.ski_ability, "birthday": str(guest.date_of_birth)},
                },
            }
        }
    )
    log.info("klaviyo profile synced guest_id={}", guest.id)


def report_error(exc_info, guest: Guest | None = None) -> None:
    payload = {}
    if guest is not None:
        payload["person"] = {"id": str(guest.id), "username": guest.full_name, "email": guest.email}
    rollbar.report_exc_info(exc_info, payload_data=payload)


def _sha256(value: str) -> str:
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()


async def send_pinterest_conversion(guest: Guest, order_id: str, value_cents: int) -> None:
    body = {
        "data": [
            {
                "event_name": "checkout",
                "action_source": "web",
                "event_time": int(time.time()),
                "event_id": order_id,
                "user_data": {"em": [_sha256(guest.email)], "external_id": [_sha256(str(guest.id))]},
                "custom_data": {"currency": "EUR", "value": str(value_cents / 100), "order_id": order_id},
            }
        ]
    }
    async with httpx.AsyncClient(timeout=10.0) as client:
        await client.post(
            f"https://api.pinterest.com/v5/ad_accounts/{settings.pinterest_ad_account}/events",
            json=body,
            headers={"Authorization": f"Bearer {settings.pinterest_token.get_secret_value()}"},
        )
