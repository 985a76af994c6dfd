import logging
from decimal import Decimal

from pony.orm import db_session

from luthier.models import Instrument, RepairTicket
from luthier.tasks import notify_ready, order_tonewood
from luthier.vendors import statsig

log = logging.getLogger(__name__)


@db_session
def open_ticket(body: dict):
    instrument = Instrument[body["instrument_id"]]
    ticket = RepairTicket(instrument=instrument, description=body["description"], estimate=Decimal(body["estimate"]))
    ticket.flush()
    log.info("ticket %s opened for instrument %s", ticket.id, instrument.id)
    statsig.log_repair_booked(instrument.owner, ticket)
    if body.get("needs_new_top"):
        order_tonewood(ticket.id)
    return {"id": ticket.id}, 201


@db_session
def view_estimate(ticket_id: int):
    ticket = RepairTicket[ticket_id]
    statsig.log_estimate_viewed(ticket.instrument.owner.id, ticket.id)
    return {"id": ticket.id, "estimate": str(ticket.estimate)}


@db_session
def complete(ticket_id: int):
    ticket = RepairTicket[ticket_id]
    ticket.status = "ready"
    owner = ticket.instrument.owner
    log.info("ticket %s ready, owner %s (%s)", ticket.id, owner.full_name, owner.phone)
    notify_ready(ticket.id)
    statsig.log_collection(owner, ticket)
    return {"status": ticket.status}
