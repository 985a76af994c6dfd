"""Web orders and trade-desk phone orders."""
from __future__ import annotations

import secrets

from starlette.requests import Request
from starlette.responses import JSONResponse

from printshop import db
from printshop.logging_conf import for_request
from printshop.repositories import payments
from printshop.repositories.payments import PhoneOrderCard


def _order_number() -> str:
    return "INK-" + secrets.token_hex(4).upper()


async def create_order(request: Request) -> JSONResponse:
    log = for_request(__name__, request)
    body = await request.json()
    customer_id = request.session["customer_id"]
    number = _order_number()
    ship = body["shipping"]
    async with db.transaction() as conn:
        order_id = await conn.fetchval(
            """
            INSERT INTO orders (order_number, customer_id, product_name, quantity, total_pence,
                                ship_name, ship_address, ship_postcode)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
            """,
            number, customer_id, body["product_name"], body["quantity"], body["total_pence"],
            ship["name"], ship["address"], ship["postcode"],
        )
        if body.get("voucher"):
            balance = await payments.redeem_voucher(conn, body["voucher"], order_id)
            log.info("voucher %s applied to %s, balance %d", body["voucher"], number, balance)
        if body.get("payment_method_id"):
            charge = await request.app.state.gateway.charge_token(
                body["payment_method_id"], body["total_pence"], number
            )
            log.info("order %s paid, charge=%s status=%s", number, charge.reference, charge.status)
    log.info("order %s created for customer %d: %s x%d", number, customer_id, body["product_name"], body["quantity"])
    log.debug("shipping to %s, %s %s", ship["name"], ship["address"], ship["postcode"])
    await request.app.state.engagement.order_placed(customer_id, number, body["total_pence"], body["product_name"])
    return JSONResponse({"order_number": number}, status_code=201)


async def trade_phone_order(request: Request) -> JSONResponse:
    """Staff-only: a trade customer phones in a reorder and reads out the account card."""
    log = for_request(__name__, request)
    body = await request.json()
    staff = request.user.display_name
    card = PhoneOrderCard(
        cardholder=body["cardholder"],
        number=body["card"]["number"].replace(" ", ""),
        expiry=body["card"]["expiry"],
        cvc2=body["card"].get("cvc2"),
    )
    async with db.transaction() as conn:
        phone_order_id = await payments.record_phone_order(conn, body["order_id"], staff, card)
    log.info("phone order %d taken by %s for order %d ending %s",
             phone_order_id, staff, body["order_id"], card.number[-4:])
    return JSONResponse({"phone_order_id": phone_order_id}, status_code=201)


async def save_card(request: Request) -> JSONResponse:
    log = for_request(__name__, request)
    body = await request.json()
    customer_id = request.session["customer_id"]
    tok = await request.app.state.gateway.tokenise(
        body["cardNumber"], body["expMonth"], body["expYear"], body["securityCode"]
    )
    async with db.transaction() as conn:
        pm_id = await payments.save_payment_method(
            conn, customer_id, tok.token, tok.brand, tok.last4, tok.bin, tok.exp_month, tok.exp_year
        )
    log.info("payment method %d saved for customer %d (%s ending %s)", pm_id, customer_id, tok.brand, tok.last4)
    return JSONResponse({"payment_method_id": pm_id}, status_code=201)


async def save_proof_view(request: Request) -> JSONResponse:
    body = await request.json()
    order_id = int(request.path_params["order_id"])
    await payments.save_proof_view(order_id, float(body["zoom"]), int(body["pan"]["x"]), int(body["pan"]["y"]))
    for_request(__name__, request).debug("proof view for %d: zoom=%s pan=%s", order_id, body["zoom"], body["pan"])
    return JSONResponse({"ok": True})


async def ship_order(request: Request) -> JSONResponse:
    order_id = int(request.path_params["order_id"])
    order = await db.pool().fetchrow(
        "SELECT order_number, ship_name, ship_address, ship_postcode FROM orders WHERE id = $1", order_id
    )
    await request.app.state.pressroom.print_shipping_label(order)
    await db.pool().execute("UPDATE orders SET status = 'shipped' WHERE id = $1", order_id)
    return JSONResponse({"status": "shipped"})
