import aiohttp
import falcon

from ..db import pool, queries
from ..http import printer, session
from ..logs import get_logger
from ..vendors import planhat, quora

log = get_logger(__name__)


class VisitCollection:
    async def on_post(self, req, resp):
        body = await req.get_media()
        async with (await pool()).acquire() as conn:
            visit_id = await queries.create_visit(conn, **body["visit"])
        await planhat.track_visit(body["owner_id"], "visit.booked", body["visit"]["round_code"])
        await quora.booking_conversion(body["owner_email"], body["owner_phone"], body["visit"]["amount_pence"],
                                       f"visit-{visit_id}")
        async with printer() as p:
            await p.post("/labels", json={"visit": visit_id, "owner": body["owner_name"]})
        async with aiohttp.ClientSession() as rounds:
            await rounds.post("http://rounds.hoofline.internal/api/stops", json={
                "visit": visit_id, "owner": body["owner_name"], "phone": body["owner_phone"],
                "address": body["yard_address"],
            })
        resp.status = falcon.HTTP_201
        resp.media = {"id": visit_id}


class ShoeOrderResource:
    async def on_post(self, req, resp, visit_id: int):
        body = await req.get_media()
        order = {
            "visit": visit_id,
            "sizes": body["sizes"],
            "deliver_to": {"name": body["owner_name"], "address": body["yard_address"], "phone": body["owner_phone"]},
        }
        async with session("forge_supplier").post("orders", json=order) as r:
            resp.media = await r.json()
        log.info("shoe order placed", visit_id=visit_id, supplier_ref=resp.media.get("ref"))
