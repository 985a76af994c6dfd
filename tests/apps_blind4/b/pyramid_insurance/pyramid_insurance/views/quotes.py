"""Quote endpoints: a prospect fills in the quote form, we price it with the underwriting service."""
import logging
import uuid

import requests
from pyramid.httpexceptions import HTTPBadRequest, HTTPNotFound
from pyramid.view import view_config
from sqlalchemy import select

from ..models.tables import policyholders, quotes
from ..services.crm import CrmClient

log = logging.getLogger(__name__)


@view_config(route_name="health", renderer="json")
def health(request):
    return {"status": "ok"}


@view_config(route_name="quote_create", request_method="POST", renderer="json")
def create_quote(request):
    payload = request.json_body
    log.debug("quote request received: %s", payload)
    email = payload.get("email")
    if not email:
        raise HTTPBadRequest(json_body={"error": "email required"})

    holder = request.db.execute(select(policyholders).where(policyholders.c.email == email)).first()
    if holder is None:
        holder_id = request.db.execute(
            policyholders.insert().values(
                email=email,
                full_name=payload["full_name"],
                date_of_birth=payload.get("date_of_birth"),
                phone=payload.get("phone"),
            )
        ).inserted_primary_key[0]
        log.info("new policyholder %s created from %s", holder_id, request.client_addr)
    else:
        holder_id = holder.id

    settings = request.registry.app_settings
    pricing = requests.post(
        f"{settings.underwriting_url}/v1/price",
        json={
            "product": payload["product"],
            "date_of_birth": payload.get("date_of_birth"),
            "postcode": payload.get("postcode"),
            "full_name": payload["full_name"],
        },
        timeout=5,
    ).json()

    quote_id = str(uuid.uuid4())
    request.db.execute(
        quotes.insert().values(id=quote_id, policyholder_id=holder_id, product_name=payload["product"],
                               premium=pricing["premium"])
    )
    request.db.commit()
    log.info("quote %s priced at %s for holder %s (product=%s)", quote_id, pricing["premium"], holder_id,
             payload["product"])
    log.info(f"Quote {quote_id} emailed to {email}")

    CrmClient(settings).upsert_contact(
        email=email,
        firstname=payload["full_name"].split(" ")[0],
        phone=payload.get("phone"),
        quote_id=quote_id,
    )
    return {"quote_id": quote_id, "premium": str(pricing["premium"])}


@view_config(route_name="quote_detail", request_method="GET", renderer="json")
def quote_detail(request):
    quote_id = request.matchdict["quote_id"]
    row = request.db.execute(select(quotes).where(quotes.c.id == quote_id)).first()
    if row is None:
        log.info("quote %s not found (ip=%s)", quote_id, request.client_addr)
        raise HTTPNotFound()
    return {"quote_id": row.id, "product_name": row.product_name, "status": row.status}
