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


def sync_profile(customer, posthog, hubspot_client, zenpy_client, cio):
    # ruleid: pii-to-third-party-python
    posthog.capture(distinct_id=str(customer.id), event="profile_updated", properties={"$set": {"email": customer.email}})
    # ok: pii-to-third-party-python, pii-to-vendor-api-python
    posthog.capture(distinct_id=str(customer.id), event="profile_updated", properties={"plan": customer.plan})
    # ruleid: pii-to-third-party-python
    hubspot_client.crm.contacts.basic_api.create(simple_public_object_input_for_create={"properties": {"phone": customer.phone}})
    # ruleid: pii-to-third-party-python
    zenpy_client.users.create({"name": customer.full_name, "email": customer.email})
    # ruleid: pii-to-third-party-python
    cio.identify(id=customer.id, email=customer.email)
    # ok: pii-to-third-party-python, pii-to-vendor-api-python
    cio.track(customer_id=customer.id, name="plan_changed", plan=customer.plan)
    # ruleid: pii-to-third-party-python
    sentry_sdk.set_user({"id": customer.id, "email": customer.email})
    # ok: pii-to-third-party-python, pii-to-vendor-api-python
    sentry_sdk.set_user({"id": customer.id})


class BrazeSync:
    """Braze REST API through an httpx client."""

    def __init__(self, api_key):
        self._client = httpx.Client(base_url=settings.BRAZE_REST_URL, headers={"Authorization": f"Bearer {api_key}"})

    def push(self, member):
        attributes = {"external_id": str(member.id), "email": member.email, "first_name": member.first_name}
        # ruleid: pii-to-vendor-api-python
        self._client.post("/users/track", json={"attributes": [attributes]})
        # ok: pii-to-third-party-python, pii-to-vendor-api-python
        self._client.post("/users/track", json={"attributes": [{"external_id": str(member.id), "tier": member.tier}]})
        # ok: pii-to-third-party-python, pii-to-vendor-api-python
        requests.post(settings.WAREHOUSE_URL, json={"email": member.email})


def register(data, braze):
    member = Member.objects.create(email=data["email"], first_name=data["first_name"])
    # ok: pii-to-third-party-python, pii-to-vendor-api-python
    braze.push(member)


class ProductAnalytics:
    """PostHog through a client injected under a generic name."""

    def __init__(self):
        self.client = Posthog(settings.POSTHOG_KEY, host="https://eu.i.posthog.com")

    def signed_up(self, patient):
        # ruleid: pii-to-vendor-api-python
        self.client.identify(str(patient.id), {"email": patient.email})
        # ok: pii-to-third-party-python, pii-to-vendor-api-python
        self.client.capture(str(patient.id), "signed_up", {"channel": "web"})
        # ok: pii-to-third-party-python, pii-to-vendor-api-python
        self.repo.save(patient.email)


def sync_lead_to_salesforce(sf, applicant):
    # ruleid: pii-to-third-party-python
    sf.Lead.create({"LastName": applicant.last_name, "Email": applicant.email})
    # ok: pii-to-third-party-python
    sf.Lead.create({"Company": "n/a", "External_Id__c": applicant.id})


def snowplow_signup(snowplow_tracker, member):
    # ruleid: pii-to-third-party-python
    snowplow_tracker.track_struct_event("account", "signup", label=member.email)
    # ok: pii-to-third-party-python
    snowplow_tracker.track_struct_event("account", "signup", label=str(member.id))


# A settings module of an app that uses Segment: reading the environment is no request.
class Settings:
    # ok: pii-to-vendor-api-python
    support_phone: str = field(default_factory=lambda: os.environ.get("SUPPORT_PHONE", "+44 20 7946 0000"))


class Engagement:
    """A Braze REST wrapper: rest.iad-01.braze.com"""

    def __init__(self, cfg) -> None:
        self._http = httpx.AsyncClient(base_url="https://rest.iad-01.braze.com")

    async def _track(self, body: dict) -> None:
        try:
            resp = await self._http.post("/users/track", json=body)
            resp.raise_for_status()
        except httpx.HTTPError as exc:
            log.warning("braze track failed: %s", exc)

    async def customer_signed_up(self, customer) -> None:
        # ruleid: pii-to-vendor-api-python
        await self._track({"attributes": [{"external_id": str(customer.id), "email": customer.email}]})
        # ok: pii-to-vendor-api-python
        await self._track({"events": [{"external_id": str(customer.id), "name": "signed_up"}]})


def _traits(applicant):
    traits = {"applicant_id": applicant.pk}
    traits["email"] = applicant.email
    return traits


def track_application(application):
    applicant = application.applicant
    # ruleid: pii-to-third-party-python
    analytics.identify(f"applicant-{applicant.pk}", _traits(applicant))
    # ok: pii-to-third-party-python
    analytics.track(f"applicant-{applicant.pk}", "Application Submitted", _event_properties(application))
    # ok: pii-to-third-party-python
    analytics.track(f"applicant-{applicant.pk}", "Viewed", {"ref": application.reference})


def upsert_contact(applicant):
    properties = HubSpotContactMapper(applicant).properties()
    # ok: pii-to-third-party-python
    contact_input = SimplePublicObjectInputForCreate(properties=properties)
    # ruleid: pii-to-third-party-python
    hubspot_client.crm.contacts.basic_api.create(simple_public_object_input_for_create=contact_input)
    # ok: pii-to-third-party-python
    hubspot_client.crm.contacts.basic_api.update(contact_id, simple_public_object_input={"properties": {"stage": "customer"}})
# Error trackers: Rollbar's person, Honeybadger context.
def report_hire_failure(exc_info, hirer):
    # ruleid: pii-to-third-party-python
    rollbar.report_exc_info(exc_info, extra_data={"email": hirer.email})
    # ok: pii-to-third-party-python
    rollbar.report_exc_info(exc_info, extra_data={"hirer_id": hirer.id})
    # ruleid: pii-to-third-party-python
    honeybadger.set_context(phone=hirer.phone)
    # ok: pii-to-third-party-python
    honeybadger.set_context(hirer_id=hirer.id)
# Raygun: the affected user of a crash report.
def report_crash(raygun, customer):
    # ruleid: pii-to-third-party-python
    raygun.set_user({"identifier": customer.email, "fullName": customer.full_name, "isAnonymous": False})
    # ok: pii-to-third-party-python
    raygun.set_user({"identifier": str(customer.id), "isAnonymous": False})


# Default calls by kind ([kind.*] in sdk_calls.toml): vendors whose own Python calls are not listed.
def bind_customer(customer, zammad, freshsales, analytics, client):
    # ruleid: pii-to-third-party-python
    zammad.create_ticket({"title": "Callback", "customer": customer.email})
    # ruleid: pii-to-third-party-python
    freshsales.create_contact({"first_name": customer.first_name, "email": customer.email})
    # ok: pii-to-third-party-python, pii-to-vendor-api-python
    freshsales.create_contact({"external_id": customer.id})
    # ruleid: pii-to-third-party-python
    elasticapm.set_user_context(username=customer.name, email=customer.email)
    # ruleid: pii-to-vendor-api-python
    client.add_custom_attribute("customer_email", customer.email)
    # ok: pii-to-third-party-python, pii-to-vendor-api-python
    analytics.identify_user(customer.email)
