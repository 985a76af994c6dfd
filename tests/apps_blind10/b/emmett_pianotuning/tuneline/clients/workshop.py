"""Restoration workshop job board (Leyton unit) and the piano-moving partner."""

from app import app
from tuneline.clients.http import get_json, post_json

_workshop = app.config.services.workshop
_movers = app.config.services.moving_partner


def book_collection(customer, piano, deposit_id):
    job = {
        "deposit": deposit_id,
        "piano": {"maker": piano.maker, "model": piano.model_name, "serial": piano.serial_number},
        "collect_from": {
            "name": customer.name,
            "phone": customer.phone,
            "address": customer.address,
            "postcode": customer.postcode,
            "access": customer.access_notes,
        },
    }
    return post_json(f"{_workshop.base_url}/jobs", job)


def bench_status(job_no):
    return get_json(f"{_workshop.base_url}/jobs/{job_no}/status")


def quote_move(customer, piano, to_postcode):
    return post_json(
        f"{_movers.base_url}/v1/quotes",
        {
            "from_postcode": customer.postcode,
            "to_postcode": to_postcode,
            "instrument": "grand" if "grand" in piano.model_name.lower() else "upright",
            "contact": {"name": customer.name, "phone": customer.phone},
        },
        verify=_movers.verify_tls,
    )
