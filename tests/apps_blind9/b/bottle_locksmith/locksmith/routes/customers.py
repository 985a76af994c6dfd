"""Customer accounts: web sign-up, the call handlers' lookup screen, portal passwords."""

from __future__ import annotations

import hashlib
import os

import bottle

from ..clients import iterable
from ..logs import audit, get_logger
from ..models import CustomerIn
from ..repositories import CardRepository, CustomerRepository

app = bottle.Bottle()
log = get_logger("customers")


def _hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return f"scrypt${salt.hex()}${digest.hex()}"


@app.post("/")
def create_customer(conn):
    body = CustomerIn.model_validate(bottle.request.json)
    log.info("new customer %r", body)
    password_hash = _hash_password(body.password) if body.password else None
    customer = CustomerRepository(conn).create(body, password_hash)
    audit("customer.created", customer=customer.id, portal=password_hash is not None)
    iterable.upsert_user(customer, body.town)
    bottle.response.status = 201
    return {"id": customer.id, "full_name": customer.full_name, "email": customer.email}


@app.get("/<customer_id:int>")
def show_customer(customer_id: int, conn):
    customer = CustomerRepository(conn).get(customer_id)
    if customer is None:
        log.info("customer %s not found", customer_id)
        bottle.abort(404, "no such customer")
    cards = CardRepository(conn).for_customer(customer_id)
    log.info("lookup customer=%s cards=%s", customer.id, ", ".join(str(card) for card in cards))
    return {
        "id": customer.id,
        "full_name": customer.full_name,
        "email": customer.email,
        "phone": customer.phone,
        "postcode": customer.postcode,
        "cards": [{"brand": c.card_brand, "last4": c.card_last4} for c in cards],
    }


@app.post("/<customer_id:int>/password")
def set_password(customer_id: int, conn):
    repo = CustomerRepository(conn)
    customer = repo.get(customer_id)
    if customer is None:
        bottle.abort(404)
    new_password = bottle.request.json["password"]
    if len(new_password) < 10:
        bottle.abort(422, "password too short")
    repo.set_password(customer_id, _hash_password(new_password))
    log.info("portal password changed for %s", customer)
    return {"ok": True}


@app.post("/password-reset")
def password_reset(conn):
    email = (bottle.request.json or {}).get("email", "").strip().lower()
    row = conn.execute("SELECT id FROM customers WHERE email = %s", (email,)).fetchone()
    log.warning("reset link requested for %s from %s", email, bottle.request.remote_addr)
    if row:
        audit("customer.password_reset", customer=row["id"])
    # same answer either way, so the endpoint cannot be used to test addresses
    return {"ok": True}
