import hmac
import os

import falcon

from ..logs import get_logger
from ..vendors import logtail

log = get_logger(__name__)


class GatewayWebhook:
    async def on_post(self, req, resp):
        raw = await req.get_media()
        sig = req.get_header("X-PaddockPay-Signature") or ""
        expected = hmac.new(os.environ["PADDOCKPAY_WEBHOOK_SECRET"].encode(), str(raw).encode(), "sha256").hexdigest()
        if not hmac.compare_digest(sig, expected):
            log.warning("bad webhook signature", sig=sig[:8])
            raise falcon.HTTPUnauthorized()
        event = raw["event"]
        if event["type"] == "charge.failed":
            log.warning("charge failed for %s (%s)", event["billing"]["name"], event["billing"]["email"])
            await logtail.ship_incident("charge.failed", event["billing"]["email"], {"charge": event["id"]})
        elif event["type"] == "charge.succeeded":
            log.info("charge succeeded", charge=event["id"], last4=event["card"]["last4"])
        await logtail.ship_metric(event["type"], 1)
        resp.status = falcon.HTTP_204
