import datetime

from eliot import start_action
from emmett import abort, request
from emmett.tools import service

from app import app, db
from tuneline.clients import pendo, workshop
from tuneline.logs import note
from tuneline.models import Customer, Piano, RestorationDeposit, Visit, seal_card

visits = app.module(__name__, "visits", url_prefix="api/visits")


@visits.route("/", methods="post")
@service.json
async def book():
    params = await request.body_params
    customer = Customer.get(params.customer_id) or abort(404)
    with start_action(action_type="visit:book", customer_id=customer.id, kind=params.kind):
        row = Visit.create(
            customer=customer.id,
            piano=params.piano_id,
            technician=params.technician,
            scheduled_for=datetime.datetime.fromisoformat(params.when),
            kind=params.kind,
            fee_pence=params.fee_pence,
            job_card_no=params.job_card_no,
        )
        note("visit:booked", visit=Visit.get(row.id).ref())
        pendo.track(customer.id, "Visit Booked", kind=params.kind)
        return {"id": row.id}


@visits.route("/<int:vid>/complaint", methods="post")
@service.json
async def complaint(vid):
    params = await request.body_params
    visit = Visit.get(vid) or abort(404)
    customer = Customer.get(visit.customer)
    app.log.warning(
        "complaint on visit %s from %s (%s): %s",
        vid, customer.name, customer.phone, params.text,
    )
    app.log.info("complaint body %r", dict(params))
    return {"ok": True}


@visits.route("/<int:vid>/restoration", methods="post")
@service.json
async def start_restoration(vid):
    params = await request.body_params
    visit = Visit.get(vid) or abort(404)
    customer = Customer.get(visit.customer)
    piano = Piano.get(visit.piano)
    row = RestorationDeposit.create(
        customer=customer.id,
        piano=piano.id,
        amount_pence=params.amount_pence,
        card_number_enc=seal_card(params.card_number),
        card_last4=params.card_number[-4:],
        refund_due=datetime.date.today() + datetime.timedelta(days=120),
    )
    job = workshop.book_collection(customer, piano, row.id)
    note("restoration:collection_booked", deposit_id=row.id, workshop_job=job.get("job_no"))
    return {"deposit": row.id, "workshop_job": job.get("job_no")}
