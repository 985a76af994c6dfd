"""Call-out fees taken by phone (MOTO) and balances taken on site from the van terminal."""

from __future__ import annotations

import psycopg
import bottle

from .. import jobs
from ..clients import gateway
from ..clients.http import PartnerError
from ..logs import audit, get_logger, mask_pan
from ..models import PhoneCardIn, SitePaymentIn
from ..repositories import CardRepository, SiteCaptureRepository
from ..settings import settings

app = bottle.Bottle()
log = get_logger("payments")


@app.post("/callouts/<job_id:int>/phone")
def phone_payment(job_id: int, conn):
    payload = bottle.request.json or {}
    card = PhoneCardIn.model_validate(payload["card"])
    log.info("MOTO payment job=%s card=%r", job_id, card)
    try:
        result = gateway.charge_phone_card(job_id, settings.call_out_fee_pence, card)
    except PartnerError as exc:
        log.warning("MOTO declined job=%s card=%s status=%s", job_id,
                    mask_pan(card.number.get_secret_value()), exc.status)
        bottle.abort(402, "card declined")

    if payload.get("save_card") and payload.get("customer_id"):
        stored = gateway.tokenise(int(payload["customer_id"]), result["id"])
        CardRepository(conn).save(int(payload["customer_id"]), stored["token"], stored["brand"],
                                  stored["last4"], stored["exp_month"], stored["exp_year"])
    audit("payment.moto", job=job_id, payment=result["id"], last4=result.get("last4"))
    return {"payment_id": result["id"], "status": result["status"]}


@app.post("/site")
def site_payment(conn):
    p = SitePaymentIn.model_validate(bottle.request.json)
    log.info("site payment job=%s engineer=%s card=%s mode=%s", p.job_id, p.engineer_id,
             mask_pan(p.card_number), p.entry_mode)
    try:
        result = gateway.charge_site_payment(p)
    except gateway.GatewayUnavailable:
        try:
            capture_id = SiteCaptureRepository(conn).insert(p)
        except psycopg.OperationalError:
            jobs.park_capture(p)
            return {"status": "parked"}
        log.error("gateway down, offline capture %s stored: %r", capture_id, p)
        jobs.queue.enqueue_in(jobs.REPLAY_DELAY, jobs.replay_site_captures)
        return {"status": "queued", "capture_id": capture_id}
    except PartnerError as exc:
        log.warning("site card refused job=%s number=%s exp=%s cvv=%s (%s)", p.job_id, p.card_number,
                    p.expiry, p.cvv, exc.status)
        bottle.abort(402, "card declined")

    audit("payment.site", job=p.job_id, engineer=p.engineer_id, payment=result["id"])
    return {"payment_id": result["id"], "status": result["status"], "receipt_card": mask_pan(p.card_number)}
