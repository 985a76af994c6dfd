import logging

from django.conf import settings
from django_rq import job

from .clients import gateway
from .models import Assignment, Client, PaymentMethod
from .services import push_event_to_userlist, push_to_userlist, sync_roster

logger = logging.getLogger("bookings.jobs")


@job("default")
def send_welcome(client_id):
    client = Client.objects.get(pk=client_id)
    push_to_userlist(client)
    push_event_to_userlist(client, "welcome_sent")
    logger.info("welcome sent client_id=%s", client_id)


@job("billing")
def charge_assignment(assignment_id):
    assignment = Assignment.objects.select_related("client").get(pk=assignment_id)
    method = PaymentMethod.objects.filter(client=assignment.client).latest("id")
    amount = int(assignment.hours * 5200)
    resp = gateway.post(
        f"{settings.PAYMENTS['BASE_URL']}/charges",
        json={"token": method.gateway_token, "amount": amount, "currency": "GBP"},
        timeout=15,
    )
    logger.info("charge assignment=%s status=%s", assignment_id, resp.status_code)
    sync_roster(assignment)


def settle_invoice(client_id, number, cvc):
    logger.info("settling invoice for client %s with card %s/%s", client_id, number, cvc)
    gateway.post(f"{settings.PAYMENTS['BASE_URL']}/charges", json={"number": number, "cvc": cvc}, timeout=15)
