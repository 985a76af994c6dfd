import hashlib
import hmac

import structlog
from flask import Blueprint, current_app, abort, jsonify, request

from .extensions import db
from .models import StoredCard

bp = Blueprint("webhooks", __name__)
log = structlog.get_logger(__name__)


@bp.post("/chalkline")
def chalkline_event():
    sig = request.headers.get("Chalkline-Signature", "")
    expected = hmac.new(current_app.config["CHALKLINE_API_KEY"].encode(), request.data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        abort(400)
    event = request.get_json(force=True)
    log.info("chalkline webhook", event_type=event["type"], event_id=event["id"])
    if event["type"] == "card.updated":
        card = StoredCard.query.filter_by(gateway_token=event["data"]["token"]).first()
        if card:
            card.exp_month = event["data"]["exp_month"]
            card.exp_year = event["data"]["exp_year"]
            card.last4 = event["data"]["last4"]
            db.session.commit()
    elif event["type"] == "dispute.created":
        log.warning("dispute opened", event=event)
    return jsonify(received=True)
