"""Sign-up, login and password reset."""
from __future__ import annotations

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from starlette.requests import Request
from starlette.responses import JSONResponse

from printshop import mailer
from printshop.logging_conf import for_request
from printshop.repositories import customers

hasher = PasswordHasher()


async def signup(request: Request) -> JSONResponse:
    log = for_request(__name__, request)
    form = await request.json()
    email = form["email"].strip().lower()
    if await customers.by_email(email):
        log.info("signup rejected, address already registered: %s", email)
        return JSONResponse({"error": "email_taken"}, status_code=409)
    customer = await customers.create(
        email, form["full_name"], form.get("phone"), form.get("company"), hasher.hash(form["password"])
    )
    log.info("new customer %s registered", customer)
    await request.app.state.engagement.customer_signed_up(customer)
    return JSONResponse({"id": customer.id}, status_code=201)


async def login(request: Request) -> JSONResponse:
    log = for_request(__name__, request)
    form = await request.json()
    customer = await customers.by_email(form["email"].strip().lower())
    try:
        if customer is None:
            raise VerifyMismatchError()
        hasher.verify(await _hash_for(customer.id), form["password"])
    except VerifyMismatchError:
        log.warning(
            "failed login for %s from %s", form["email"], request.client.host if request.client else "?"
        )
        return JSONResponse({"error": "invalid_credentials"}, status_code=401)
    request.session["customer_id"] = customer.id
    log.info("customer_id=%d logged in", customer.id)
    return JSONResponse({"ok": True})


async def request_password_reset(request: Request) -> JSONResponse:
    log = for_request(__name__, request)
    form = await request.json()
    customer = await customers.by_email(form["email"].strip().lower())
    if customer is None:
        log.info("password reset for unknown account (client %s)", request.client.host)
        return JSONResponse({"ok": True})
    token = secrets.token_urlsafe(32)
    await request.app.state.redis.setex(f"pwreset:{token}", 3600, customer.id)
    sent = await mailer.send(customer.email, "Reset your password", f"https://inkwellprint.co.uk/reset/{token}",
                             "password-reset")
    log.info("reset mail for customer %d delivered=%s", customer.id, sent)
    return JSONResponse({"ok": True})


async def _hash_for(customer_id: int) -> str:
    from printshop.db import pool

    return await pool().fetchval("SELECT password_hash FROM customers WHERE id = $1", customer_id)
