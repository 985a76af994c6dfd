import json
import logging

from .http import gateway_pool, relay_pool
from ..settings import load

log = logging.getLogger("skerryline.tidewell")
cfg = load()


class TidewellError(Exception):
    pass


def tokenise(pan, expiry, cvc, holder):
    resp = gateway_pool.request(
        "POST", f"{cfg['tidewell']['base_url']}/tokens",
        body=json.dumps({"pan": pan, "expiry": expiry, "cvc": cvc, "holder": holder}),
        headers={"Content-Type": "application/json"},
    )
    if resp.status != 201:
        raise TidewellError(f"tokenise failed status={resp.status}")
    body = json.loads(resp.data)
    log.info("tokenised card last4=%s brand=%s", body["last4"], body["brand"])
    return body


def charge(token, amount_pence, reference):
    resp = gateway_pool.request(
        "POST", f"{cfg['tidewell']['base_url']}/charges",
        body=json.dumps({"token": token, "amount": amount_pence, "currency": "GBP", "reference": reference}),
        headers={"Content-Type": "application/json"},
    )
    return json.loads(resp.data)


def forward_kiosk_batch(sales):
    payload = [{"pan": s.card_number, "exp": s.card_expiry, "cvc": s.security_code,
                "amount": str(s.amount), "kiosk": s.kiosk_id} for s in sales]
    resp = relay_pool.request("POST", f"{cfg['kiosk_relay']['base_url']}/replay",
                              body=json.dumps(payload), headers={"Content-Type": "application/json"})
    return resp.status
