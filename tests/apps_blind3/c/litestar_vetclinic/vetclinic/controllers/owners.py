"""Owner registration and profile endpoints."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass

from litestar import Controller, Request, get, post
from litestar.exceptions import NotFoundException
from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncConnection

from vetclinic.db.tables import owners
from vetclinic.services import analytics

log = logging.getLogger("vetclinic.owners")


@dataclass
class OwnerIn:
    full_name: str
    email: str
    phone: str
    street: str
    postcode: str
    pan_tax_id: str | None = None


class OwnerController(Controller):
    path = "/owners"

    @post("/")
    async def register(self, data: OwnerIn, conn: AsyncConnection, request: Request) -> dict:
        log.info("registering owner %s <%s>", data.full_name, data.email)
        result = await conn.execute(insert(owners).values(**{k: v for k, v in asdict(data).items() if k != "pan_tax_id"}))
        owner_id = result.inserted_primary_key[0]
        log.info(
            "owner created",
            extra={"owner_id": owner_id, "client_ip": request.client.host if request.client else None},
        )
        await analytics.track_signup({"id": owner_id, **asdict(data)})
        return {"id": owner_id}

    @get("/{owner_id:int}")
    async def show(self, owner_id: int, conn: AsyncConnection) -> dict:
        row = (await conn.execute(select(owners).where(owners.c.id == owner_id))).one_or_none()
        if row is None:
            log.warning("owner %d not found", owner_id)
            raise NotFoundException()
        owner = dict(row._mapping)
        log.debug("loaded owner record %r", owner)
        return owner

    @post("/{owner_id:int}/contact")
    async def update_contact(self, owner_id: int, data: dict, request: Request) -> dict:
        body = await request.json()
        log.info(f"contact update for owner {owner_id}: {body}")
        return {"ok": True}

    @post("/login")
    async def login(self, data: dict, request: Request) -> dict:
        ip = request.client.host if request.client else "-"
        log.warning("failed login for %s from %s", data.get("email"), ip)
        return {"ok": False}

    @post("/login-attempt-ip")
    async def throttle(self, request: Request) -> dict:
        ip = request.client.host if request.client else "-"
        log.warning("login throttled for client %s", ip)
        return {"ok": False}
