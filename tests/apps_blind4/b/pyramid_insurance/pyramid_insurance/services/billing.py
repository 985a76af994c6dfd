"""Billing: tokenises cards at PayCore, keeps autopay mandates, charges premiums."""
import hashlib
import logging
from dataclasses import dataclass

import requests
from cryptography.fernet import Fernet
from sqlalchemy import text

log = logging.getLogger(__name__)


@dataclass
class CardInput:
    """Card fields as posted by the checkout form; only lives for the request."""

    pan: str
    exp_month: int
    exp_year: int
    cvv: str
    holder: str

    @property
    def last4(self):
        return self.pan[-4:]

    @property
    def masked(self):
        return f"{self.pan[:6]}******{self.pan[-4:]}"


class GatewayError(Exception):
    pass


class BillingService:
    def __init__(self, conn, settings, refund_key=None):
        self.conn = conn
        self.settings = settings
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {settings.gateway_key}"
        self._fernet = Fernet(refund_key) if refund_key else None

    def tokenize(self, holder_id, card: CardInput):
        resp = self.session.post(
            f"{self.settings.gateway_url}/tokens",
            json={
                "number": card.pan,
                "exp_month": card.exp_month,
                "exp_year": card.exp_year,
                "cvc": card.cvv,
                "name": card.holder,
            },
            timeout=10,
        )
        if resp.status_code != 201:
            log.warning("tokenize failed holder=%s status=%s card=%s", holder_id, resp.status_code, card.masked)
            raise GatewayError(resp.text)
        token = resp.json()["id"]
        fingerprint = hashlib.sha256(card.pan.encode()).hexdigest()
        self.conn.execute(
            text(
                "INSERT INTO payment_methods (policyholder_id, gateway_token, card_brand, pan_last4, "
                "exp_month, exp_year, fingerprint_sha256) "
                "VALUES (:hid, :tok, :brand, :last4, :m, :y, :fp)"
            ),
            {"hid": holder_id, "tok": token, "brand": resp.json().get("brand"), "last4": card.last4,
             "m": card.exp_month, "y": card.exp_year, "fp": fingerprint},
        )
        log.info("payment method stored holder=%s token=%s last4=%s", holder_id, token, card.last4)
        return token

    def create_mandate(self, policy_id, card: CardInput, day_of_month=1):
        # The legacy collector in the back office reads mandates straight from this table.
        self.conn.execute(
            text(
                "INSERT INTO autopay_mandates (policy_id, acct_number, card_expiry, cvc2, day_of_month) "
                "VALUES (:pid, :acct, :exp, :cvc, :dom)"
            ),
            {
                "pid": policy_id,
                "acct": card.pan,
                "exp": f"{card.exp_month:02d}/{card.exp_year % 100:02d}",
                "cvc": card.cvv,
                "dom": day_of_month,
            },
        )
        log.info("autopay mandate created policy=%s day=%s", policy_id, day_of_month)

    def update_mandate_card(self, policy_id, card: CardInput):
        sql = f"UPDATE autopay_mandates SET acct_number = '{card.pan}', card_expiry = '{card.exp_month}/{card.exp_year}' WHERE policy_id = {int(policy_id)}"
        self.conn.execute(text(sql))
        log.debug("mandate card replaced for policy %s: %s", policy_id, card)

    def store_refund_card(self, claim_id, card: CardInput):
        if self._fernet is None:
            raise RuntimeError("refund key not configured")
        blob = self._fernet.encrypt(card.pan.encode())
        self.conn.execute(
            text("UPDATE claims SET refund_card_encrypted = :blob WHERE id = :cid"),
            {"blob": blob, "cid": claim_id},
        )
        log.info("refund card saved (encrypted) claim=%s ending %s", claim_id, card.last4)

    def charge(self, policy_id, token, amount_cents, currency="USD"):
        resp = self.session.post(
            f"{self.settings.gateway_url}/charges",
            json={"source": token, "amount": amount_cents, "currency": currency,
                  "metadata": {"policy_id": policy_id}},
            timeout=15,
        )
        body = resp.json()
        if body.get("status") != "succeeded":
            log.error("charge declined policy=%s code=%s decline=%s", policy_id, body.get("code"),
                      body.get("decline_code"))
            return None
        log.info("charged policy=%s amount=%d %s charge=%s", policy_id, amount_cents, currency, body["id"])
        return body["id"]

    def charge_mandate(self, mandate_row):
        resp = self.session.post(
            f"{self.settings.gateway_url}/charges/direct",
            json={
                "card": {"number": mandate_row.acct_number, "exp": mandate_row.card_expiry,
                         "cvc": mandate_row.cvc2},
                "amount": mandate_row.amount_cents,
            },
            timeout=15,
        )
        if resp.status_code >= 400:
            log.error("mandate charge failed: mandate=%s response=%s", mandate_row.id, resp.text)
            log.error("mandate charge failed for card %s exp %s", mandate_row.acct_number, mandate_row.card_expiry)
        return resp.ok
