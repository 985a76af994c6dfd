"""Logging glue: request context on every record and the audit trail helper."""

import contextvars
import logging
from typing import Any

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
actor_var: contextvars.ContextVar[str] = contextvars.ContextVar("actor", default="-")

_audit_logger = logging.getLogger("keyfold.audit")


class RequestContextFilter(logging.Filter):
    """Copies the request id and acting user onto each record (see LOGGING formatters)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        record.actor = actor_var.get()
        return True


def audit(event: str, **fields: Any) -> None:
    """Append one line to the audit trail.

    Fields become top-level JSON keys through python-json-logger's ``extra`` handling.
    """
    _audit_logger.info(event, extra={"event": event, **fields})


def audit_debug(event: str, **fields: Any) -> None:
    _audit_logger.debug(event, extra={"event": event, **fields})
