"""Iterable: the post-job review request and the annual lock-service reminder campaigns."""

from __future__ import annotations

from ..models import Customer
from ..settings import settings
from .http import pool, post_json

_http = pool()


def _headers() -> dict:
    return {"Api-Key": settings.iterable_api_key}


def upsert_user(customer: Customer, town: str) -> None:
    first_name, _, last_name = customer.full_name.partition(" ")
    data_fields = {"firstName": first_name, "lastName": last_name}
    data_fields["phoneNumber"] = customer.phone
    data_fields["postcode"] = customer.postcode
    data_fields["town"] = town
    post_json(
        _http,
        f"{settings.iterable_base_url}/users/update",
        {"email": customer.email, "dataFields": data_fields, "preferUserId": False},
        _headers(),
    )


def track_job_completed(customer_id: int, job_id: int, job_type: str, amount_pence: int) -> None:
    event = {
        "userId": f"kf-{customer_id}",
        "eventName": "callout_completed",
        "dataFields": {"jobId": job_id, "jobType": job_type, "amount": amount_pence / 100},
    }
    post_json(_http, f"{settings.iterable_base_url}/events/track", event, _headers())
