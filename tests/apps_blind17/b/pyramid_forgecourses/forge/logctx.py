import contextvars
import logging
import uuid

_request_id = contextvars.ContextVar("request_id", default="-")
_actor = contextvars.ContextVar("actor", default="anonymous")


class RequestContextFilter(logging.Filter):
    def filter(self, record):
        record.request_id = _request_id.get()
        record.actor = _actor.get()
        return True


def install_context_filter():
    flt = RequestContextFilter()
    for name in ("forge", "forge.audit"):
        for handler in logging.getLogger(name).handlers:
            handler.addFilter(flt)


def request_context_tween_factory(handler, registry):
    log = logging.getLogger("forge.access")

    def tween(request):
        rid = request.headers.get("X-Request-Id") or uuid.uuid4().hex[:12]
        t1 = _request_id.set(rid)
        t2 = _actor.set(str(request.authenticated_userid or "anonymous"))
        try:
            response = handler(request)
            log.info("%s %s -> %s", request.method, request.path, response.status_code)
            return response
        finally:
            _request_id.reset(t1)
            _actor.reset(t2)

    return tween


class StudentAdapter(logging.LoggerAdapter):
    """Prefixes messages with the student being worked on."""

    def process(self, msg, kwargs):
        return "[student %s] %s" % (self.extra["student_id"], msg), kwargs


audit_log = logging.getLogger("forge.audit")


def audit(event, **fields):
    parts = " ".join("%s=%s" % (k, v) for k, v in sorted(fields.items()))
    audit_log.info("%s %s", event, parts)
