import datetime

from emmett import abort, request, response
from emmett.tools import service

from app import app, db
from tuneline.clients import pendo
from tuneline.logs import note
from tuneline.models import CarePlan, CarePlanCard, Customer

careplans = app.module(__name__, "careplans", url_prefix="api/care-plans")


def _luhn(number):
    digits = [int(d) for d in str(number) if d.isdigit()]
    odd, even = digits[-1::-2], digits[-2::-2]
    return (sum(odd) + sum(sum(divmod(d * 2, 10)) for d in even)) % 10 == 0


@careplans.route("/", methods="post")
@service.json
async def enrol():
    params = await request.body_params
    customer = Customer.get(params.customer_id) or abort(404)
    if not _luhn(params.card.number):
        response.status = 422
        return {"errors": {"card": "invalid number"}}
    plan = CarePlan.create(
        customer=customer.id,
        tunings_per_year=params.tunings_per_year or 2,
        price_pence=params.price_pence,
        renews_on=datetime.date.today().replace(year=datetime.date.today().year + 1),
    )
    card = params.card
    CarePlanCard.create(
        care_plan=plan.id,
        holder_name=card.name,
        card_number=card.number,
        card_expiry=card.expiry,
        card_cvc=card.cvc,
        card_last4=card.number[-4:],
    )
    db.commit()
    note("plan:enrolled", plan_id=plan.id, customer_id=customer.id, card_last4=card.number[-4:])
    pendo.track(customer.id, "Care Plan Enrolled", tunings=plan.tunings_per_year)
    return {"plan": plan.id}


@careplans.route("/<int:pid>/card", methods="delete")
@service.json
async def forget_card(pid):
    CarePlanCard.where(lambda c: c.care_plan == pid).update(
        card_number=None, card_cvc=None
    )
    CarePlan.where(lambda p: p.id == pid).update(active=False)
    db.commit()
    note("plan:card_forgotten", plan_id=pid)
    return {"ok": True}


@careplans.route("/<int:pid>", methods="get")
@service.json
async def show(pid):
    plan = CarePlan.get(pid) or abort(404)
    card = CarePlanCard.where(lambda c: c.care_plan == pid).select(
        CarePlanCard.card_last4, CarePlanCard.card_expiry
    ).first()
    return {
        "plan": plan.id,
        "renews_on": plan.renews_on.isoformat(),
        "card": {"last4": card.card_last4, "expiry": card.card_expiry} if card else None,
    }
