import hashlib
import logging

from django.conf import settings
from django.core.cache import cache

from signrelay.logging_context import for_client

from . import audit
from .clients import gateway, roster, userlist
from .models import Assignment, Client, InvoiceCard, PaymentMethod

logger = logging.getLogger("bookings.services")


class CardDeclined(Exception):
    pass


def tokenize_card(client, number, cvc, exp_month, exp_year):
    payload = {"exp_month": exp_month, "exp_year": exp_year}
    payload["number"] = number
    payload["cvc"] = cvc
    payload["holder"] = client.full_name
    resp = gateway.post(f"{settings.PAYMENTS['BASE_URL']}/tokens", json=payload, timeout=10)
    if resp.status_code == 402:
        raise CardDeclined(f"card {number} declined for {client.email}")
    resp.raise_for_status()
    data = resp.json()
    method = PaymentMethod.objects.create(
        client=client,
        gateway_token=data["token"],
        brand=data["brand"],
        last4=data["last4"],
        exp_month=exp_month,
        exp_year=exp_year,
    )
    logger.info("tokenised card token=%s last4=%s", data["token"], data["last4"])
    return method


def keep_invoice_card(client, number, cvc):
    card = InvoiceCard.objects.create(client=client, card_number=number, card_cvc=cvc, cardholder=client.full_name)
    cache.set(f"invoice-card:{client.pk}", {"number": number, "holder": client.full_name}, 3600)
    cache.set(f"invoice-card-last4:{client.pk}", number[-4:], 3600)
    return card


def push_to_userlist(client):
    body = {
        "identifier": str(client.pk),
        "email": client.email,
        "properties": {"name": client.full_name, "phone": client.phone, "postcode": client.postcode},
    }
    userlist.post(f"{settings.USERLIST['BASE_URL']}/users", json=body, timeout=5)


def push_event_to_userlist(client, name):
    body = {"name": name, "user": str(client.pk), "properties": {"language": client.preferred_language}}
    userlist.post(f"{settings.USERLIST['BASE_URL']}/events", json=body, timeout=5)


def sync_roster(assignment: Assignment):
    payload = {
        "assignment": assignment.pk,
        "client_name": assignment.client.full_name,
        "venue": assignment.venue_address,
        "starts_at": assignment.starts_at.isoformat(),
    }
    roster.post(settings.ROSTER_SYNC_URL, json=payload, timeout=8)


def sync_roster_ids(assignment: Assignment):
    roster.post("http://127.0.0.1:8070/assignments", json={"assignment": assignment.pk}, timeout=2)


def register_client(data):
    client = Client.objects.create(**data)
    log = for_client(logger, client.pk)
    log.info("registered client %s", client)
    log.info("registered client id=%s", client.pk)
    audit.record("client.create", actor="api", email=client.email, phone=client.phone)
    audit.record_ids("client.create", "api", client.pk)
    return client


def client_fingerprint(client):
    return hashlib.sha256(client.email.strip().lower().encode()).hexdigest()


def reassign_interpreter(assignment: Assignment, interpreter_id: int):
    from .redaction import mask_email, mask_phone

    assignment.interpreter_id = interpreter_id
    assignment.save(update_fields=["interpreter"])
    logger.info(
        "interpreter reassigned assignment=%s client=%s phone=%s",
        assignment.pk,
        mask_email(assignment.client.email),
        mask_phone(assignment.client.phone),
    )
    cache.set(f"assignment:{assignment.pk}:interpreter", interpreter_id, 600)
