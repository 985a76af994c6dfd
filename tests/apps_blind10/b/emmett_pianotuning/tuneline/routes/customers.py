from eliot import start_action
from emmett import abort, request, response
from emmett.tools import service

from app import app, db
from tuneline import errors
from tuneline.clients import pendo
from tuneline.logs import note
from tuneline.models import Customer, Piano

customers = app.module(__name__, "customers", url_prefix="api/customers")


@customers.route("/", methods="post")
@service.json
async def register():
    params = await request.body_params
    with start_action(
        action_type="customer:register",
        email=params.email,
        phone=params.phone,
    ):
        row = Customer.create(
            name=params.name,
            email=params.email,
            phone=params.phone,
            address=params.address,
            postcode=params.postcode,
            access_notes=params.access_notes,
        )
        if row.errors:
            note("customer:invalid", fields=sorted(row.errors.keys()))
            response.status = 422
            return {"errors": row.errors}
        customer = Customer.get(row.id)
        note("customer:created", customer=customer.display())
        pendo.sync_visitor(customer)
        pendo.track(customer.id, "Registered", source=params.source or "web")
        return {"id": customer.id}


@customers.route("/<int:cid>", methods="get")
@service.json
async def show(cid):
    customer = Customer.get(cid) or abort(404)
    errors.bind_customer(customer)
    note("customer:viewed", customer=customer.ref(), ip=request.client)
    return {
        "id": customer.id,
        "name": customer.name,
        "email": customer.email,
        "postcode": customer.postcode,
        "pianos": [p.as_dict() for p in customer.pianos()],
    }


@customers.route("/<int:cid>/pianos", methods="post")
@service.json
async def add_piano(cid):
    params = await request.body_params
    row = Piano.create(
        customer=cid,
        maker=params.maker,
        model_name=params.model_name,
        serial_number=params.serial_number,
        pin_block=params.pin_block or "unknown",
    )
    note("piano:added", customer_id=cid, piano_id=row.id, serial_number=params.serial_number)
    return {"id": row.id}
