import contextvars
import logging
import uuid

request_id_var = contextvars.ContextVar("request_id", default="-")
client_ref_var = contextvars.ContextVar("client_ref", default="-")


class ContextFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id_var.get()
        record.client_ref = client_ref_var.get()
        return True


class RequestContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id_var.set(request.headers.get("X-Request-Id") or uuid.uuid4().hex[:12])
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            client_ref_var.set(user.email)
        else:
            client_ref_var.set("anon")
        return self.get_response(request)


class ClientAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[client {self.extra['client_id']}] {msg}", kwargs


def for_client(logger, client_id):
    return ClientAdapter(logger, {"client_id": client_id})
