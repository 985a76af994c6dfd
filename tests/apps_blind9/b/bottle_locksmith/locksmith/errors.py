"""Raygun crash reporting for the API and the workers."""

from __future__ import annotations

import sys

from raygun4py import raygunprovider

from .models import Customer
from .settings import settings

raygun = raygunprovider.RaygunSender(settings.raygun_api_key)
raygun.filter_keys(["password", "card_number", "cvv", "cvc", "number", "licence_number"])
raygun.set_version("3.8.1")


def report(request_info: dict | None = None, customer: Customer | None = None, **custom: object) -> None:
    if customer is not None:
        raygun.set_user({
            "identifier": customer.email,
            "email": customer.email,
            "fullName": customer.full_name,
            "isAnonymous": False,
        })
    raygun.send_exception(exc_info=sys.exc_info(), httpRequest=request_info or {}, userCustomData=custom)


def report_job_failure(job_name: str, job_id: int) -> None:
    raygun.send_exception(exc_info=sys.exc_info(), tags=["worker", job_name], userCustomData={"job_id": job_id})
