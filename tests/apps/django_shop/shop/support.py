"""Support desk helpers: refunds and account lookups."""

import logging
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)


@dataclass
class RefundTicket:
    order_id: int
    card_number: str
    amount_cents: int


@dataclass
class LookupResult:
    customer_id: int
    email: str = field(repr=False)


def open_refund(request):
    ticket = RefundTicket(order_id=int(request.POST["order"]), card_number=request.POST["card"], amount_cents=0)
    logger.info("refund ticket %s", ticket)  # expect: card_data_logging
    return ticket


def lookup(request, result: LookupResult):
    email = request.GET["email"]
    print("support lookup for", email)  # expect: pii_logging
    logger.info("lookup result %s", result)
    print("lookup done for customer", result.customer_id)
