import logging

from pony.orm import db_session, select

from luthier.logging_setup import audit
from luthier.models import Customer, StringsMembership
from luthier.vendors import statsig

log = logging.getLogger(__name__)


class CustomerConflict(Exception):
    pass


@db_session
def create(body: dict):
    if Customer.get(email=body["email"]):
        raise CustomerConflict(f"customer already registered: {body['email']} / {body.get('phone')}")
    log.info("registering customer %s", body)
    customer = Customer(
        full_name=body["full_name"],
        email=body["email"],
        phone=body.get("phone"),
        postal_address=body.get("postal_address"),
    )
    customer.flush()
    log.info("registered customer id=%s", customer.id)
    audit.customer_event("created", customer)
    return {"id": customer.id}, 201


@db_session
def get(customer_id: int):
    customer = Customer[customer_id]
    log.debug("loaded %r", customer)
    return {"id": customer.id, "full_name": customer.full_name, "email": customer.email}


@db_session
def update_address(customer_id: int, body: dict):
    customer = Customer[customer_id]
    log.info("address change for customer %s from %s to %s", customer_id, customer.postal_address, body["postal_address"])
    customer.postal_address = body["postal_address"]
    return {"id": customer.id}


@db_session
def join_club(customer_id: int, body: dict):
    customer = Customer[customer_id]
    membership = StringsMembership(customer=customer, club_card_number=body["club_card_number"])
    log.info("club card %s issued to customer %s", membership.club_card_number, customer.id)
    statsig.log_club_signup(customer)
    return {"membership": membership.club_card_number}, 201


@db_session
def search(q: str):
    log.info("customer search by staff, %d chars", len(q))
    found = select(c for c in Customer if q in c.full_name)[:20]
    return [{"id": c.id, "full_name": c.full_name} for c in found]
