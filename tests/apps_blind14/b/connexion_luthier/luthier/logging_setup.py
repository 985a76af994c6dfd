import contextvars
import logging
import uuid

from starlette.middleware.base import BaseHTTPMiddleware

request_id_var = contextvars.ContextVar("request_id", default="-")
client_var = contextvars.ContextVar("client", default="-")


class ContextFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        record.client = client_var.get()
        return True


def configure_logging(level: str) -> None:
    handler = logging.StreamHandler()
    handler.addFilter(ContextFilter())
    handler.setFormatter(logging.Formatter(
        "%(asctime)s %(levelname)s [%(request_id)s] [%(client)s] %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)


class RequestContextMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        request_id_var.set(request.headers.get("x-request-id", uuid.uuid4().hex[:12]))
        client_var.set(f"{request.client.host} {request.headers.get('x-customer-email', '')}")
        return await call_next(request)


class WorkshopAudit:
    def __init__(self, name: str = "luthier.audit"):
        self._log = logging.getLogger(name)

    def customer_event(self, action: str, customer) -> None:
        self._log.info("%s customer=%s", action, customer.id)

    def payment_event(self, action: str, payload: dict) -> None:
        self._log.info("%s payload=%s", action, payload)


audit = WorkshopAudit()
