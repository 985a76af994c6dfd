import hashlib
import hmac

from flask import Blueprint, abort, current_app, jsonify, request
from loguru import logger

from ..extensions import db
from ..models import AidOrder

bp = Blueprint("webhooks", __name__)


def _verify(sig: str, raw: bytes) -> bool:
    expected = hmac.new(current_app.config["PAYGATE_KEY"].encode(), raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, sig or "")


@bp.post("/tonalpay")
def tonalpay_event():
    if not _verify(request.headers.get("Tonal-Signature"), request.get_data()):
        logger.warning("bad webhook signature from {}", request.remote_addr)
        abort(400)
    event = request.get_json(force=True)
    logger.debug("tonalpay webhook body {}", event)
    obj = event["data"]["object"]
    order = db.session.scalar(db.select(AidOrder).filter_by(id=int(obj["reference"].removeprefix("ORD-"))))
    if order and event["type"] == "charge.refunded":
        order.status = "refunded"
        db.session.commit()
    logger.info("tonalpay event {} handled order_id={} card=****{}", event["type"], getattr(order, "id", None), obj.get("card", {}).get("last4"))
    return jsonify({"received": True})
