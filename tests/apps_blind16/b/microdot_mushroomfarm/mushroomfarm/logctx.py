import contextvars
import logging
import logging.config
import json

from . import settings

request_id_var = contextvars.ContextVar("request_id", default="-")
member_email_var = contextvars.ContextVar("member_email", default="-")
member_id_var = contextvars.ContextVar("member_id", default="-")


class RequestContextFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id_var.get()
        record.member_email = member_email_var.get()
        record.member_id = member_id_var.get()
        return True


def configure():
    logging.config.fileConfig(settings.ROOT / "config" / "logging.ini", disable_existing_loggers=False)
    ctx_filter = RequestContextFilter()
    for handler in logging.getLogger("sporehaus").handlers:
        handler.addFilter(ctx_filter)
    for handler in logging.getLogger("sporehaus.audit").handlers:
        handler.addFilter(ctx_filter)


_audit = logging.getLogger("sporehaus.audit")
MASKED = {"password", "card_number", "cvc", "phone"}


def audit(action, **fields):
    shown = {k: ("***" if k in MASKED else v) for k, v in fields.items()}
    _audit.info("%s %s", action, json.dumps(shown, default=str))
