"""Booking, dispatching and closing call-outs."""

from __future__ import annotations

import bottle

from .. import errors
from ..clients import insurer, iterable, reddit
from ..clients.dispatch import DispatchClient
from ..logs import audit, get_logger, mask_phone
from ..models import CallOutIn
from ..repositories import CallOutRepository, ClaimRepository, CustomerRepository
from ..settings import settings

app = bottle.Bottle()
log = get_logger("callouts")
dispatcher = DispatchClient()


@app.post("/")
def book(conn):
    body = CallOutIn.model_validate(bottle.request.json)
    customer = CustomerRepository(conn).get(body.customer_id)
    if customer is None:
        bottle.abort(404, "no such customer")

    job = CallOutRepository(conn).book(
        customer.id, body.job_type, body.site_address, body.site_postcode,
        body.contact_phone, body.access_notes, settings.call_out_fee_pence,
    )
    audit("callout.booked", job=job.id, customer=customer.email, phone=body.contact_phone,
          ip=bottle.request.remote_addr)
    if body.licence_number:
        log.info("ID check needed on arrival, job %s licence %s", job.id, body.licence_number)

    try:
        dispatcher.send_job(job, customer, body.site_address, body.access_notes)
    except Exception:
        errors.report({"url": bottle.request.url}, customer=customer, job_id=job.id)
        log.exception("dispatch failed for %s", job)

    reddit.lead(customer.email, job.id, bottle.request.get_cookie("rdt_cid"))
    log.info("job booked %s, contact %s", job, mask_phone(body.contact_phone))
    bottle.response.status = 201
    return {"job_id": job.id, "status": job.status, "contact_phone": body.contact_phone}


@app.post("/<job_id:int>/complete")
def complete(job_id: int, conn):
    body = bottle.request.json
    CallOutRepository(conn).set_status(job_id, "completed")
    row = conn.execute("SELECT customer_id, job_type, fee_pence FROM call_outs WHERE id = %s", (job_id,)).fetchone()
    iterable.track_job_completed(row["customer_id"], job_id, row["job_type"], row["fee_pence"])
    audit("callout.completed", job=job_id, engineer=body.get("engineer_id"), minutes=body.get("minutes_on_site"))
    return {"ok": True}


@app.post("/<job_id:int>/claim")
def insurer_claim(job_id: int, conn):
    body = bottle.request.json
    policyholder = {
        "full_name": body["policyholder_name"],
        "dob": body["policyholder_dob"],
        "address": body["property_address"],
        "phone": body["policyholder_phone"],
    }
    log.info("claim %s for %s (dob %s) at %s", body["claim_ref"], policyholder["full_name"],
             policyholder["dob"], policyholder["address"])
    result = insurer.submit_claim(body["claim_ref"], job_id, policyholder, body.get("crime_ref"),
                                  int(body["invoice_pence"]))
    claim_id = ClaimRepository(conn).submit(
        job_id, body["claim_ref"], policyholder["dob"], body.get("crime_ref"),
        int(body.get("excess_pence", 0)), body.get("excess_card_number"), settings.gateway_webhook_secret,
    )
    audit("claim.submitted", job=job_id, claim=claim_id, insurer_status=result.get("status"))
    return {"claim_id": claim_id, "status": result.get("status")}
