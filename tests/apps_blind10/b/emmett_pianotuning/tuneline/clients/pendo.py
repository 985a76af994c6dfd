"""Pendo: product analytics for the customer booking portal."""

import time

from app import app
from tuneline.clients.http import post_json

_cfg = app.config.services.pendo
_headers = [f"x-pendo-integration-key: {_cfg.integration_key}"]


def track(customer_id, event, **properties):
    post_json(
        _cfg.track_url,
        {
            "type": "track",
            "event": event,
            "visitorId": f"customer-{customer_id}",
            "accountId": "tuneline",
            "timestamp": int(time.time() * 1000),
            "properties": properties,
        },
        headers=_headers,
    )


def _visitor_values(customer):
    values = {"plan": "care" if customer.care_plan else "pay-as-you-go"}
    values["email"] = customer.email
    values["full_name"] = customer.name
    values["postcode"] = customer.postcode
    return values


def sync_visitor(customer):
    post_json(
        _cfg.metadata_url,
        [{"visitorId": f"customer-{customer.id}", "values": _visitor_values(customer)}],
        headers=_headers,
    )
