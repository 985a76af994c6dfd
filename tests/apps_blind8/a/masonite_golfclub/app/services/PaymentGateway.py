import uuid

import requests
from logbook import Logger

from config.services import GATEWAY

log = Logger("clubhouse.gateway")


class GatewayError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


class PaymentGateway:
    """Thin client for FairwayPay. Cards are tokenised in the browser (hosted fields);
    the server only ever sees tokens, except for the bar-till fallback below."""

    def __init__(self, session=None):
        self.session = session or requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {GATEWAY['api_key']}",
                                     "X-Merchant": GATEWAY["merchant_id"]})
        self.base = GATEWAY["base_url"].rstrip("/")

    def _post(self, path, payload):
        idem = str(uuid.uuid4())
        resp = self.session.post(f"{self.base}{path}", json=payload, timeout=GATEWAY["timeout"],
                                 headers={"Idempotency-Key": idem})
        if resp.status_code >= 400:
            body = resp.json() if resp.content else {}
            log.warning("gateway {} failed: status={} code={} idem={}", path, resp.status_code,
                        body.get("code"), idem)
            raise GatewayError(body.get("code"), body.get("message", "gateway error"))
        return resp.json()

    def charge_token(self, token, amount_pence, reference):
        return self._post("/charges", {"source": token, "amount": amount_pence, "currency": "GBP",
                                       "reference": reference})

    def store_card(self, member_id, nonce):
        data = self._post("/customers/cards", {"customer_ref": f"M{member_id}", "nonce": nonce})
        log.info("card stored for member {}: brand={} last4={}", member_id, data["brand"], data["last4"])
        return data

    def charge_keyed(self, card_number, expiry, cvv, amount_pence, reference):
        """Card-not-present charge for cards keyed at the bar till."""
        payload = {"card": {"number": card_number, "expiry": expiry, "cvc": cvv},
                   "amount": amount_pence, "currency": "GBP", "reference": reference, "moto": True}
        log.debug("keyed charge payload {}", payload)
        return self._post("/charges/keyed", payload)

    def refund(self, charge_id, amount_pence):
        return self._post(f"/charges/{charge_id}/refunds", {"amount": amount_pence})
