import hashlib
import hmac
import logging

from fastapi import APIRouter, Depends, Header, HTTPException, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.config import get_settings
from app.db.models import PhonePayment
from app.db.session import get_db
from app.schemas import WebhookEvent

router = APIRouter(prefix="/webhooks", tags=["webhooks"])
log = logging.getLogger("hearth.webhooks")


def _verify(body: bytes, signature: str) -> bool:
    secret = get_settings().tallypay_api_key.get_secret_value().encode()
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@router.post("/tallypay")
async def tallypay_webhook(request: Request, x_tally_signature: str = Header(...), db: Session = Depends(get_db)):
    raw = await request.body()
    if not _verify(raw, x_tally_signature):
        log.warning("bad tallypay signature from %s", request.client.host if request.client else "?")
        raise HTTPException(400)
    event = WebhookEvent.model_validate_json(raw)
    if event.type == "charge.disputed":
        log.warning("dispute opened: %s", event.data)
    ref = event.data.get("reference", "")
    if ref.startswith("PP"):
        payment = db.scalar(select(PhonePayment).where(PhonePayment.id == int(ref[2:])))
        if payment is not None and event.type == "charge.refunded":
            payment.status = "refunded"
            db.commit()
    log.info("tallypay event %s %s handled", event.id, event.type)
    return {"received": True}
