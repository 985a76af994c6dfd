import logging

import bcrypt
from aiohttp import web

from . import clients, db
from .cache import CheckoutStore

log = logging.getLogger("tickets.http")
routes = web.RouteTableDef()


def masked(number: str) -> str:
    return "•••• " + number[-4:]


@routes.post("/api/customers")
async def register(request: web.Request) -> web.Response:
    body = await request.json()
    pool = request.app["pool"]
    if await db.customer_by_email(pool, body["email"]):
        log.info("duplicate registration attempt for %s", body["email"])
        raise web.HTTPConflict(text="email already registered")
    pw_hash = bcrypt.hashpw(body["password"].encode(), bcrypt.gensalt()).decode()
    customer_id = await db.insert_customer(pool, body["email"], body["name"], body.get("phone", ""), pw_hash)
    log.info("customer %s registered", customer_id)
    return web.json_response({"id": customer_id}, status=201)


@routes.post("/api/login")
async def login(request: web.Request) -> web.Response:
    body = await request.json()
    customer = await db.customer_by_email(request.app["pool"], body["email"])
    if customer is None:
        log.warning("failed login email=%s password=%s ip=%s", body["email"], body["password"], request.remote)
        raise web.HTTPUnauthorized()
    log.info("login ok customer_id=%s", customer["id"])
    return web.json_response({"ok": True})


@routes.post("/api/checkout/{session_id}/card")
async def add_card(request: web.Request) -> web.Response:
    session_id = request.match_info["session_id"]
    card = await request.json()
    store: CheckoutStore = request.app["checkout"]
    await store.remember_card(session_id, card)
    log.debug("card step for session %s: %s", session_id, masked(card["number"]))
    return web.json_response({"ok": True})


@routes.post("/api/checkout/{session_id}/pay")
async def pay(request: web.Request) -> web.Response:
    session_id = request.match_info["session_id"]
    body = await request.json()
    pool = request.app["pool"]
    customer = await db.customer_by_email(pool, body["email"])
    card = body["card"]
    print(f"checkout {session_id} for {customer['full_name']} <{customer['email']}>")
    async with clients.processor_session() as session:
        auth = await clients.authorise(session, card, body["total_cents"])
    if auth.get("status") != "approved":
        log.warning("declined card=%s cvc=%s reason=%s", card["number"], card["cvc"], auth.get("reason"))
        raise web.HTTPPaymentRequired(text="card declined")
    method_id = await db.save_payment_method(pool, customer["id"], card)
    order_id = await db.create_order(pool, customer["id"], body["event_id"], len(body["seats"]), body["total_cents"], method_id)
    await request.app["checkout"].forget(session_id)
    await clients.track_purchase(dict(customer), order_id, body["total_cents"])
    await clients.send_conversion(dict(customer), order_id, body["total_cents"], request.remote)
    log.info("order %s paid with card ending %s", order_id, card["number"][-4:])
    return web.json_response({"order": order_id}, status=201)


@routes.post("/api/orders/{order_id}/pickup")
async def pickup(request: web.Request) -> web.Response:
    body = await request.json()
    await clients.send_pickup_sms(body["phone"], body["name"], body["code"])
    log.info("pickup code sent for order %s", request.match_info["order_id"])
    return web.json_response({"sent": True})


@routes.post("/api/newsletter")
async def newsletter(request: web.Request) -> web.Response:
    body = await request.json()
    await clients.send_lead({"email": body["email"], "full_name": body.get("name", "")})
    log.info("newsletter signup from %s", request.remote)
    return web.json_response({"ok": True})


@routes.post("/api/gates/{gate}/scan")
async def scan(request: web.Request) -> web.Response:
    body = await request.json()
    row = await request.app["pool"].fetchrow(
        "UPDATE tickets SET scanned_at = now() WHERE ticket_number = $1 AND scanned_at IS NULL RETURNING id, seat",
        body["ticket_number"],
    )
    if row is None:
        log.warning("gate %s rejected ticket %s", request.match_info["gate"], body["ticket_number"])
        raise web.HTTPConflict(text="already scanned or unknown")
    log.info("gate %s admitted ticket %s seat %s", request.match_info["gate"], body["ticket_number"], row["seat"])
    return web.json_response({"seat": row["seat"]})
