import elasticapm
from elasticapm.base import Client

from app import app

_cfg = app.config.services.apm

client = Client(
    service_name=_cfg.service_name,
    server_url=_cfg.server_url,
    secret_token=_cfg.secret_token,
    capture_body="off",
    sanitize_field_names=["*card*", "*cvc*", "*password*", "*token*", "authorization"],
)


def bind_customer(customer):
    """Attach the customer to the APM transaction so support can find their errors."""
    elasticapm.set_user_context(
        username=customer.name,
        email=customer.email,
        user_id=str(customer.id),
    )
    elasticapm.label(postcode_area=customer.postcode.split(" ")[0])


def report(exc, **labels):
    client.capture_exception(exc_info=(type(exc), exc, exc.__traceback__), custom=labels)
