import logging

from luthier.config import settings
from luthier.vendors.http import tonewood_client

log = logging.getLogger(__name__)
_client = tonewood_client(settings)


def order_spruce_top(ticket, customer) -> None:
    payload = {"reference": f"AGS-{ticket.id}", "species": "sitka", "grade": "AA"}
    payload["ship_to"] = {"name": customer.full_name, "address": customer.postal_address}
    status, _ = _client.post_json("/orders", payload)
    log.info("tonewood order ticket=%s status=%s", ticket.id, status)


def stock_check(species: str) -> None:
    status, body = _client.post_json("/stock", {"species": species})
    log.info("tonewood stock %s=%s", species, body.get("boards"))
