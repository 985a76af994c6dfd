import logging

from luthier.config import settings
from luthier.vendors.http import postmark_client

log = logging.getLogger(__name__)
_client = postmark_client(settings)


def send_ready_for_collection(customer, ticket) -> None:
    message = {
        "From": settings["postmark"]["from"],
        "To": customer.email,
        "Subject": f"Your {ticket.instrument.kind} is ready",
        "TextBody": f"Dear {customer.full_name}, ticket #{ticket.id} is ready for collection.",
        "MessageStream": "outbound",
    }
    status, body = _client.post_json("/email", message)
    if status != 200:
        log.warning("postmark rejected message for %s: %s", customer.email, body.get("Message"))
    else:
        log.info("postmark accepted ticket=%s message_id=%s", ticket.id, body.get("MessageID"))
