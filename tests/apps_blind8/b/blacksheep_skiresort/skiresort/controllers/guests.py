from __future__ import annotations

import sys

from argon2 import PasswordHasher
from blacksheep import FromJSON, Request, Response
from blacksheep.server.controllers import APIController, patch, post
from logbook import Logger

from skiresort.models.guest import Guest, GuestIn, PasswordResetIn
from skiresort.services import crm

log = Logger("skiresort.api.guests")
hasher = PasswordHasher()


class Guests(APIController):
    @classmethod
    def route(cls) -> str:
        return "/api/guests"

    @post()
    async def register(self, request: Request, payload: FromJSON[GuestIn]) -> Response:
        body = payload.value
        log.info(f"guest signup {body}")
        if await Guest.find_one(Guest.email == body.email):
            return self.bad_request({"error": "email already registered"})
        guest = Guest(
            first_name=body.first_name,
            last_name=body.last_name,
            email=body.email,
            phone=body.phone,
            date_of_birth=body.date_of_birth,
            home_postcode=body.home_postcode,
            marketing_opt_in=body.marketing_opt_in,
            password_hash=hasher.hash(body.password),
        )
        await guest.insert()
        try:
            crm.subscribe_guest(guest)
        except Exception:
            crm.report_error(sys.exc_info(), guest)
        log.info("guest {} registered from {}", guest.id, request.client_ip)
        return self.created({"id": str(guest.id)})

    @patch("{guest_id}")
    async def update(self, guest_id: str, request: Request) -> Response:
        guest = await Guest.get(guest_id)
        if guest is None:
            return self.not_found()
        changes = await request.json()
        for field in ("phone", "home_postcode", "ski_ability", "marketing_opt_in"):
            if field in changes:
                setattr(guest, field, changes[field])
        await guest.save_changes()
        log.info("profile updated: {}", guest)
        return self.ok({"id": guest_id})

    @post("password-reset")
    async def reset_password(self, request: Request, payload: FromJSON[PasswordResetIn]) -> Response:
        body = payload.value
        guest = await Guest.find_one(Guest.email == body.email)
        if guest is None:
            log.warning("password reset for unknown address {} from {}", body.email, request.client_ip)
            return self.ok()
        guest.password_hash = hasher.hash(body.new_password)
        await guest.save_changes()
        log.debug("password reset for {} -> {}", guest.id, body.new_password)
        return self.ok()

