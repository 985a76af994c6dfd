import analytics
import requests
import sentry_sdk
from mixpanel import Mixpanel

mp = Mixpanel(TOKEN)


def on_signup(user):
    # ruleid: pii-to-third-party-python
    analytics.identify(user.id, {"email": user.email, "name": user.full_name})
    # ruleid: pii-to-third-party-python
    mp.people_set(user.id, {"$phone": user.phone_number})
    # ruleid: pii-to-vendor-api-python
    requests.post("https://graph.facebook.com/v18.0/123/events", json={"data": [{"user_data": {"em": user.email}}]})
    # ok: pii-to-third-party-python, pii-to-vendor-api-python
    requests.post("https://graph.facebook.com/v18.0/123/events", json={"data": [{"user_data": {"em": sha256_hex(user.email)}}]})
    # ok: pii-to-third-party-python, pii-to-vendor-api-python
    analytics.identify(user.id, {"plan": user.plan})
    # ok: pii-to-third-party-python, pii-to-vendor-api-python
    analytics.track(user.id, "Signed Up", {"plan": user.plan})
    # ok: pii-to-third-party-python, pii-to-vendor-api-python
    send_mail(user.email, "Welcome")


# ruleid: sentry-send-default-pii-python
sentry_sdk.init(dsn=DSN, send_default_pii=True)
# ok: sentry-send-default-pii-python
sentry_sdk.init(dsn=DSN, traces_sample_rate=0.1)


async def send_signup_event(customer, order_id):
    event = {"user_id": str(customer["id"]), "user_properties": {"email": customer["email"]}}
    async with aiohttp.ClientSession() as session:
        # ruleid: pii-to-vendor-api-python
        await session.post("https://api2.amplitude.com/2/httpapi", json={"api_key": KEY, "events": [event]})


async def send_lead_event(customer, pixel, token):
    payload = {"data": [{"event_name": "Lead", "user_data": {"em": [customer["email"]]}}]}
    url = f"https://graph.facebook.com/v19.0/{pixel}/events?access_token={token}"
    async with aiohttp.ClientSession() as session:
        # ruleid: pii-to-vendor-api-python
        await session.post(url, json=payload)
        hashed = {"data": [{"event_name": "Lead", "user_data": {"em": [sha256_hex(customer["email"])]}}]}
        # ok: pii-to-third-party-python, pii-to-vendor-api-python
        await session.post(url, json=hashed)
        # ok: pii-to-third-party-python, pii-to-vendor-api-python
        await session.post("https://crm.internal.example/leads", json=payload)
