"""Gateway webhooks: charge outcomes, disputes and card updates."""
import hashlib
import hmac
import json
import logging
import os

import tornado.web

from drivingschool.models import AuditEvent, Payment, SavedCard
from drivingschool.services import mailer

log = logging.getLogger("roadwise.webhooks")

WEBHOOK_SECRET = os.environ.get("PAYMENT_WEBHOOK_SECRET", "").encode()


class GatewayWebhookHandler(tornado.web.RequestHandler):
    def check_xsrf_cookie(self):
        # Signed by the gateway instead.
        return

    def _verify(self):
        signature = self.request.headers.get("X-Payfluent-Signature", "")
        digest = hmac.new(WEBHOOK_SECRET, self.request.body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(signature, digest)

    def post(self):
        if not self._verify():
            log.warning("webhook signature mismatch from %s", self.request.remote_ip)
            raise tornado.web.HTTPError(400)
        event = json.loads(self.request.body)
        kind = event.get("type", "")
        obj = event.get("data", {})
        log.info("gateway event %s type=%s", event.get("id"), kind)

        if kind == "charge.succeeded":
            payment = Payment.get_or_none(Payment.gateway_payment_id == obj["id"])
            if payment and payment.status != "succeeded":
                payment.status = "succeeded"
                payment.card_last4 = obj.get("card", {}).get("last4")
                payment.save()
                mailer.send_receipt(payment)
        elif kind == "charge.failed":
            Payment.update(status="failed", failure_code=obj.get("failure_code")).where(
                Payment.gateway_payment_id == obj["id"]
            ).execute()
            log.info("charge %s failed: %s", obj["id"], obj.get("failure_code"))
        elif kind == "card.updated":
            card = SavedCard.get_or_none(SavedCard.gateway_token == obj["token"])
            if card is not None:
                card.exp_month = obj["exp_month"]
                card.exp_year = obj["exp_year"]
                card.last4 = obj["last4"]
                card.save()
                log.info("account updater refreshed card %s (%s ending %s)", card.id, card.brand, card.last4)
        elif kind == "dispute.created":
            AuditEvent.create(actor_id=0, action="dispute.created", target=f"charge:{obj['charge']}",
                              detail=obj.get("reason", ""))
            log.warning("dispute opened on charge %s, amount %s", obj["charge"], obj.get("amount"))
        else:
            log.debug("ignored gateway event type %s", kind)
        self.set_status(204)
