"""Gateway webhooks (charge.succeeded, charge.disputed, card.updated)."""
import hashlib
import hmac

from logbook import Logger
from masonite.controllers import Controller
from masonite.environment import env
from masonite.request import Request
from masonite.response import Response

from app.models.SavedCard import SavedCard

log = Logger("clubhouse.webhooks")


class WebhookController(Controller):
    def gateway(self, request: Request, response: Response):
        signature = request.header("X-Fairway-Signature") or ""
        expected = hmac.new(env("GATEWAY_WEBHOOK_SECRET", "").encode(), request.get_raw_body() if hasattr(
            request, "get_raw_body") else b"", hashlib.sha256).hexdigest()
        if not hmac.compare_digest(signature, expected):
            log.warning("bad webhook signature from {}", request.ip())
            return response.json({"error": "signature"}, status=400)

        event = request.input("type")
        obj = request.input("data") or {}
        log.info("gateway event {} id={}", event, request.input("id"))

        if event == "card.updated":
            card = SavedCard.where("gateway_token", obj.get("token")).first()
            if card:
                card.update({"last4": obj["last4"], "exp_month": obj["exp_month"],
                             "exp_year": obj["exp_year"]})
                log.info("account updater refreshed card {} (ending {})", card.id, obj["last4"])
        elif event == "charge.disputed":
            log.warning("dispute opened on charge {} reason={} cardholder={} email={}", obj.get("charge"),
                        obj.get("reason"), obj.get("cardholder_name"), obj.get("billing_email"))
        return response.json({"received": True})
