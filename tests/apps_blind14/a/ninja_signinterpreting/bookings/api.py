import json
import logging
from datetime import datetime
from decimal import Decimal

import django_rq
from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from .jobs import charge_assignment, send_welcome
from .models import Assignment, Client
from .services import CardDeclined, keep_invoice_card, register_client, tokenize_card

logger = logging.getLogger("bookings.api")
router = Router(tags=["bookings"])
webhooks = Router(tags=["webhooks"])


class ClientIn(Schema):
    full_name: str
    email: str
    phone: str = ""
    postcode: str = ""


class CardIn(Schema):
    number: str
    cvc: str
    exp_month: int
    exp_year: int


class AssignmentIn(Schema):
    client_id: int
    venue_address: str
    starts_at: datetime
    hours: Decimal
    notes: str = ""


@router.post("/clients")
def create_client(request, payload: ClientIn):
    logger.info("create client request %s", payload.dict())
    client = register_client(payload.dict())
    send_welcome.delay(client.pk)
    return {"id": client.pk}


@router.post("/clients/{client_id}/cards")
def add_card(request, client_id: int, card: CardIn):
    client = get_object_or_404(Client, pk=client_id)
    logger.debug("adding card for client=%s number=%s", client_id, card.number)
    try:
        method = tokenize_card(client, card.number, card.cvc, card.exp_month, card.exp_year)
    except CardDeclined as exc:
        logger.warning("card declined: %s", exc)
        return 402, {"detail": "declined"}
    logger.info("card added client=%s last4=%s", client_id, method.last4)
    return {"id": method.pk, "last4": method.last4}


@router.post("/clients/{client_id}/invoice-card")
def add_invoice_card(request, client_id: int, card: CardIn):
    client = get_object_or_404(Client, pk=client_id)
    keep_invoice_card(client, card.number, card.cvc)
    queue = django_rq.get_queue("billing")
    queue.enqueue("bookings.jobs.settle_invoice", client.pk, card.number, card.cvc)
    return {"ok": True}


@router.post("/assignments")
def create_assignment(request, data: AssignmentIn):
    assignment = Assignment.objects.create(**data.dict())
    logger.info("assignment %s booked at %s for %s", assignment.pk, data.venue_address, assignment.client.full_name)
    charge_assignment.delay(assignment.pk)
    return {"id": assignment.pk}


@webhooks.post("/tillbridge")
def tillbridge_webhook(request):
    event = json.loads(request.body)
    logger.info("tillbridge webhook %s", request.body)
    logger.info("tillbridge webhook type=%s id=%s", event.get("type"), event.get("id"))
    return {"received": True}
