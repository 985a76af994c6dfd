import hashlib
import hmac

from emmett import abort, request
from emmett.tools import service

from app import app, db
from tuneline.logs import note
from tuneline.models import PhonePayment

webhooks = app.module(__name__, "webhooks", url_prefix="hooks")


def _verify(secret, raw, signature):
    digest = hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, signature or "")


@webhooks.route("/keynote", methods="post")
@service.json
async def keynote():
    raw = await request.body
    if not _verify(app.config.services.gateway.secret_key, raw, request.headers.get("x-keynote-signature")):
        note("webhook:bad_signature", source="keynote", ip=request.client)
        abort(400)
    event = await request.body_params
    if event.type == "dispute.opened":
        note("webhook:dispute", event=dict(event.data))
    PhonePayment.where(lambda p: p.gateway_token == event.data.source).update(status=event.data.status)
    db.commit()
    return {"received": True}


@webhooks.route("/ivory-movers", methods="post")
@service.json
async def movers():
    update = await request.body_params
    note("movers:update", quote=update.quote_id, state=update.state)
    note("movers:update_raw", payload=dict(update))
    return {"ok": True}
