import falcon

from ..db import pool, queries
from ..logs import audit, get_logger
from ..models import Owner
from ..tasks import sync_owner

log = get_logger(__name__)


class OwnerCollection:
    async def on_post(self, req, resp):
        body = await req.get_media()
        log.info("owner signup", body=body)
        if "@" not in body.get("email", ""):
            raise falcon.HTTPBadRequest(title="invalid email", description=f"{body.get('email')} is not an address")
        async with (await pool()).acquire() as conn:
            owner_id = await queries.create_owner(conn, **{k: body.get(k) for k in
                                                        ("full_name", "email", "mobile", "yard_address", "date_of_birth")})
        audit("owner.created", owner_id=owner_id, email=body["email"])
        await sync_owner.defer_async(owner_id=owner_id)
        resp.status = falcon.HTTP_201
        resp.media = {"id": owner_id}


class OwnerItem:
    async def on_get(self, req, resp, owner_id: int):
        async with (await pool()).acquire() as conn:
            row = await queries.get_owner(conn, owner_id=owner_id)
        if row is None:
            log.info("owner lookup miss", owner_id=owner_id)
            raise falcon.HTTPNotFound()
        owner = Owner(**dict(row))
        log.info("owner loaded", owner_id=owner.id, yard=owner.yard_address)
        resp.media = {"id": owner.id, "full_name": owner.full_name, "email": owner.email}
