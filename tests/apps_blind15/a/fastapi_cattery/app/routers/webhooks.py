import hashlib
import hmac

from fastapi import APIRouter, Header, HTTPException, Request

from app.config import get_settings
from app.logging_setup import get_logger

router = APIRouter(prefix="/webhooks", tags=["webhooks"])
log = get_logger(__name__)


@router.post("/tillgate")
async def tillgate_webhook(request: Request, x_tillgate_signature: str = Header(...)):
    raw = await request.body()
    expected = hmac.new(get_settings().tillgate_secret.encode(), raw, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, x_tillgate_signature):
        log.warning("webhook.bad_signature", body=raw.decode(errors="replace"))
        raise HTTPException(401)
    event = await request.json()
    log.info("webhook.tillgate", event_type=event.get("type"), hold_id=event.get("data", {}).get("id"))
    return {"received": True}


@router.post("/delighted")
async def delighted_webhook(request: Request):
    event = await request.json()
    person = event.get("event_data", {}).get("person", {})
    log.info("webhook.delighted", event=event.get("event_type"), person_email=person.get("email"), score=event.get("event_data", {}).get("score"))
    return {"received": True}
