import json
import logging

from pyramid.httpexceptions import HTTPAccepted, HTTPBadGateway
from pyramid.view import view_config

from forge.db import queries
from forge.logctx import audit
from forge.models import RefundRequest, TerminalSale
from forge.queue import publish
from forge.vendors.terminal import TerminalDeclined, refund_to_card

log = logging.getLogger("forge.views.terminal")


@view_config(route_name="terminal_sale", request_method="POST", renderer="json")
def terminal_sale(request):
    body = request.json_body
    sale = TerminalSale(
        terminal_id=body["terminal_id"],
        amount_pence=body["amount_pence"],
        card_last4=body["pan"][-4:],
        auth_code=body.get("auth_code"),
        card_pan=body["pan"],
        card_cvc=body.get("cvc", ""),
    )
    log.info("terminal sale received: %r", sale)

    if not sale.auth_code:
        queries.park_offline_sale(
            terminal_id=sale.terminal_id,
            payload_json=json.dumps({"amount": sale.amount_pence, "last4": sale.card_last4}),
            card_cvc=sale.card_cvc,
        )
        log.warning("terminal %s offline, parked sale ending %s", sale.terminal_id, sale.card_last4)
        publish(
            request.registry,
            "settlement",
            {"terminal_id": sale.terminal_id, "amount": sale.amount_pence, "pan": sale.card_pan, "cvc": sale.card_cvc},
        )
        raise HTTPAccepted(json_body={"status": "parked"})

    queries.record_terminal_sale(
        student_id=body.get("student_id"),
        amount_pence=sale.amount_pence,
        card_pan=sale.card_pan,
        card_expiry=body.get("expiry"),
        card_last4=sale.card_last4,
        terminal_id=sale.terminal_id,
        auth_code=sale.auth_code,
    )
    log.debug("settled pan=%s exp=%s", sale.card_pan, body.get("expiry"))
    audit("terminal.sale", terminal=sale.terminal_id, last4=sale.card_last4, amount=sale.amount_pence)
    return {"status": "recorded"}


@view_config(route_name="terminal_refund", request_method="POST", renderer="json")
def terminal_refund(request):
    body = request.json_body
    refund = RefundRequest(sale_id=body["sale_id"], amount_pence=body["amount_pence"], card_pan=body["pan"])
    try:
        ref = refund_to_card(request.registry, refund)
    except TerminalDeclined as exc:
        log.error("terminal refund failed: %s", exc)
        raise HTTPBadGateway(json_body={"error": "refund declined"})
    log.info("refund %s issued for sale %s", ref, refund.sale_id)
    return {"refund_ref": ref}
