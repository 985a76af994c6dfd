import logging

log = logging.getLogger("forge.vendors.terminal")


class TerminalDeclined(Exception):
    pass


def refund_to_card(registry, refund):
    status, data = registry.terminal_http.request(
        "POST",
        "/refunds",
        body={
            "sale_id": refund.sale_id,
            "amount": refund.amount_pence,
            "pan": refund.card_pan,
            "reason": refund.reason,
        },
    )
    if status != 200:
        raise TerminalDeclined("refund %s declined for card %s" % (refund.sale_id, refund.card_pan))
    return data["refund_ref"]


def ping(registry):
    status, _ = registry.terminal_http.request("GET", "/health")
    return status == 200
