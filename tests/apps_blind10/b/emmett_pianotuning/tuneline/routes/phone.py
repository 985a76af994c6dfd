"""Office staff key a customer's card while on the phone after a visit."""

from emmett import abort, request, session
from emmett.tools import requires, service

from app import app, db
from tuneline import errors
from tuneline.clients import gateway
from tuneline.clients.http import HttpError
from tuneline.logs import note
from tuneline.models import PhonePayment, Visit
from tuneline.tasks import charge_visit, retry_keyed_payment

phone = app.module(__name__, "phone", url_prefix="api/office/phone-payments")


def _staff():
    return session.get("staff")


@phone.route("/", methods="post")
@requires(_staff, "/login")
@service.json
async def take_payment():
    body = await request.body_params
    visit = Visit.get(body.visit_id) or abort(404)
    card = body.card
    try:
        tok = gateway.tokenise(card.number, card.expiry, card.cvc, card.name)
    except HttpError as exc:
        note("phone:tokenise_failed", visit_id=visit.id, status=exc.status, card=dict(card))
        if exc.status >= 500:
            retry_keyed_payment.schedule(
                args=(visit.id, card.number, card.expiry, card.cvc, visit.fee_pence),
                delay=900,
            )
            return {"status": "queued"}
        errors.report(exc, visit_id=visit.id)
        return {"status": "declined"}
    row = PhonePayment.create(
        visit=visit.id,
        gateway_token=tok["id"],
        card_brand=tok["brand"],
        card_last4=tok["last4"],
        amount_pence=visit.fee_pence,
        status="pending",
    )
    db.commit()
    charge_visit(visit.id, tok["id"], visit.fee_pence)
    note("phone:taken", payment=PhonePayment.get(row.id).ref(), staff_id=_staff()["id"])
    return {"payment": row.id}
