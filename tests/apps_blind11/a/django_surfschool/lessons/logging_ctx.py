import contextvars
import logging
import uuid

request_id_var = contextvars.ContextVar("request_id", default="-")
student_email_var = contextvars.ContextVar("student_email", default="-")


class ContextFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        record.student_email = student_email_var.get()
        return True


class RequestContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id_var.set(request.headers.get("X-Request-ID") or uuid.uuid4().hex)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            student_email_var.set(user.email)
        return self.get_response(request)
