"""JSON logging for the service: one JSON object per line on stdout, with request ids attached."""
from __future__ import annotations

import logging
import re
import sys

from pythonjsonlogger import jsonlogger

from .settings import settings

_EMAILISH = re.compile(r"[^@\s]+@[^@\s]+")


class ScrubEmailFilter(logging.Filter):
    """Masks e-mail addresses in the rendered message of the audit logger."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = _EMAILISH.sub("***@***", str(record.msg))
        return True


def configure_logging() -> None:
    handler = logging.StreamHandler(sys.stdout)
    formatter = jsonlogger.JsonFormatter(
        "%(asctime)s %(levelname)s %(name)s %(message)s",
        rename_fields={"levelname": "level", "asctime": "ts"},
    )
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level)
    logging.getLogger("escaperooms.audit").addFilter(ScrubEmailFilter())
    logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
