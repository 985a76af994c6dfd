"""Talks to the card gateway and keeps a card on file for recurring harbour dues."""
import hashlib
import logging

import requests
from pony.orm import db_session

from marina import settings
from marina.db import StoredCard

log = logging.getLogger(__name__)


class GatewayError(Exception):
    pass


class PaymentService:
    def __init__(self, session=None):
        self.http = session or requests.Session()
        self.base = settings.PAYMENT_GATEWAY_URL

    def tokenize(self, card):
        log.debug("tokenizing card for skipper: %r", card)
        resp = self.http.post(
            f"{self.base}/tokens",
            json={"number": card["number"], "cvc": card["cvc"],
                  "exp_month": card["exp_month"], "exp_year": card["exp_year"]},
            timeout=10,
        )
        if resp.status_code != 201:
            log.warning("tokenize failed status=%s request_id=%s", resp.status_code,
                        resp.headers.get("X-Request-Id"))
            raise GatewayError(resp.text)
        token = resp.json()["id"]
        log.info("card tokenized token=%s brand=%s", token, resp.json().get("brand"))
        return token

    @db_session
    def keep_on_file(self, skipper, card, token):
        acct_number = card["number"].replace(" ", "")
        StoredCard(
            skipper=skipper,
            pan=acct_number,
            card_code=card.get("cvc"),
            exp_month=int(card["exp_month"]),
            exp_year=int(card["exp_year"]),
            brand=card.get("brand"),
            last4=acct_number[-4:],
            gateway_token=token,
        )
        log.info("card on file for skipper %s ending %s", skipper.id, acct_number[-4:])

    def fingerprint(self, number):
        return hashlib.sha256(number.encode()).hexdigest()

    def charge(self, token, amount_cents, booking_ref):
        resp = self.http.post(f"{self.base}/charges",
                              json={"source": token, "amount": amount_cents,
                                    "metadata": {"booking": booking_ref}}, timeout=15)
        log.info("charge booking=%s status=%s elapsed_ms=%d", booking_ref, resp.status_code,
                 resp.elapsed.total_seconds() * 1000)
        return resp.json()

    def charge_legacy_terminal(self, card_number, expiry, amount_cents):
        log.error("legacy terminal fallback for card %s exp %s", card_number, expiry)
        return self.http.post("http://pos-bridge.harbour.lan/charge",
                              data={"ccnum": card_number, "exp": expiry, "amt": amount_cents},
                              timeout=20)
