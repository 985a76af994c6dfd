import hashlib

from posthog import Posthog

from app.core.config import get_settings
from app.db.models import Client, FamilyContact

_settings = get_settings()
posthog = Posthog(project_api_key=_settings.posthog_api_key, host=_settings.posthog_host, disable_geoip=True)


def _distinct_id(client: Client) -> str:
    return f"client-{client.public_id}"


def client_onboarded(client: Client, source: str) -> None:
    posthog.capture(
        distinct_id=_distinct_id(client),
        event="client onboarded",
        properties={"funding": client.funding, "source": source},
    )


def payer_portal_signup(contact: FamilyContact) -> None:
    props = {"relationship": contact.relationship_to_client}
    props["$set"] = {"email": contact.email, "name": contact.name, "phone": contact.phone}
    posthog.capture(distinct_id=f"payer-{contact.id}", event="payer portal signup", properties=props)


def invoice_paid(client: Client, amount_pence: int) -> None:
    posthog.capture(
        distinct_id=_distinct_id(client),
        event="invoice paid",
        properties={"amount_pence": amount_pence},
    )


def email_hash(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


def referral_attributed(contact: FamilyContact, campaign: str) -> None:
    posthog.capture(
        distinct_id=f"payer-{contact.id}",
        event="referral attributed",
        properties={"campaign": campaign, "email_sha256": email_hash(contact.email or "")},
    )
