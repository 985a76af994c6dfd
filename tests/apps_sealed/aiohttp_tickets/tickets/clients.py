"""Outbound integrations: payment processor, SMS, analytics."""

import hashlib
import logging
import os
import time

import aiohttp

log = logging.getLogger("tickets.clients")

PROCESSOR_URL = os.environ.get("PROCESSOR_URL", "https://gw.ticketpay.example/v3")
SMS_URL = "http://sms.bulkroute.example/api/send"
AMPLITUDE_KEY = os.environ.get("AMPLITUDE_API_KEY", "")
META_PIXEL = os.environ.get("META_PIXEL_ID", "")
META_TOKEN = os.environ.get("META_CAPI_TOKEN", "")


def _sha(value: str) -> str:
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()


def processor_session() -> aiohttp.ClientSession:
    # The processor's staging certificate is self-signed; this flag was never removed for production.
    connector = aiohttp.TCPConnector(ssl=False)
    return aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=20))


async def authorise(session: aiohttp.ClientSession, card: dict, amount_cents: int) -> dict:
    async with session.post(
        f"{PROCESSOR_URL}/authorisations",
        json={"pan": card["number"], "cvc": card["cvc"], "expiry": f"{card['exp_month']:02d}/{card['exp_year']}", "amount": amount_cents},
    ) as resp:
        body = await resp.json()
        log.info("authorisation %s status=%s", body.get("id"), resp.status)
        return body


async def send_pickup_sms(phone: str, full_name: str, code: str) -> None:
    async with aiohttp.ClientSession() as session:
        await session.post(SMS_URL, data={"to": phone, "text": f"Hi {full_name}, your pickup code is {code}"})


async def track_purchase(customer: dict, order_id: int, total_cents: int) -> None:
    event = {
        "user_id": str(customer["id"]),
        "event_type": "Tickets Purchased",
        "time": int(time.time() * 1000),
        "user_properties": {"email": customer["email"], "name": customer["full_name"], "phone": customer["phone"]},
        "event_properties": {"order_id": order_id, "revenue": total_cents / 100},
    }
    async with aiohttp.ClientSession() as session:
        await session.post("https://api2.amplitude.com/2/httpapi", json={"api_key": AMPLITUDE_KEY, "events": [event]})


async def send_conversion(customer: dict, order_id: int, total_cents: int, client_ip: str) -> None:
    payload = {
        "data": [
            {
                "event_name": "Purchase",
                "event_time": int(time.time()),
                "action_source": "website",
                "user_data": {"em": [_sha(customer["email"])], "ph": [_sha(customer["phone"] or "")]},
                "custom_data": {"currency": "EUR", "value": total_cents / 100, "order_id": str(order_id)},
            }
        ]
    }
    async with aiohttp.ClientSession() as session:
        url = f"https://graph.facebook.com/v19.0/{META_PIXEL}/events?access_token={META_TOKEN}"
        async with session.post(url, json=payload) as resp:
            if resp.status != 200:
                log.warning("meta capi rejected order %s: %s", order_id, resp.status)


async def send_lead(customer: dict) -> None:
    payload = {
        "data": [
            {
                "event_name": "Lead",
                "event_time": int(time.time()),
                "action_source": "website",
                "user_data": {"em": [customer["email"]], "fn": [customer["full_name"]]},
            }
        ]
    }
    async with aiohttp.ClientSession() as session:
        await session.post(f"https://graph.facebook.com/v19.0/{META_PIXEL}/events?access_token={META_TOKEN}", json=payload)
