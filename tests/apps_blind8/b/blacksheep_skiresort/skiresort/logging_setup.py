"""Logbook configuration: stderr for the container, a rotating file picked up by the shipper."""

from __future__ import annotations

import contextvars

import logbook
from logbook.more import ColorizedStderrHandler

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")

FORMAT = "[{record.time:%Y-%m-%d %H:%M:%S}] {record.level_name} {record.channel} rid={record.extra[rid]}: {record.message}"


def _inject_request_id(record: logbook.LogRecord) -> None:
    record.extra["rid"] = request_id_var.get()


def setup_logging(environment: str) -> logbook.NestedSetup:
    level = "DEBUG" if environment == "development" else "INFO"
    handlers = [
        logbook.NullHandler(),
        ColorizedStderrHandler(level=level, format_string=FORMAT, bubble=True),
        logbook.RotatingFileHandler("/var/log/skiresort/app.log", level=level, max_size=50 * 1024 * 1024,
                                    backup_count=7, format_string=FORMAT, bubble=True),
        logbook.Processor(_inject_request_id),
    ]
    setup = logbook.NestedSetup(handlers)
    setup.push_application()
    return setup
