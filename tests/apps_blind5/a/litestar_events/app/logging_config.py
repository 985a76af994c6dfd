"""Logging setup: one stdout handler, key=value formatting, request id from a contextvar."""
from __future__ import annotations

import contextvars
import logging
import logging.config

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


def configure_logging(level: str = "INFO") -> None:
    logging.config.dictConfig(
        {
            "version": 1,
            "disable_existing_loggers": False,
            "filters": {"request_id": {"()": RequestIdFilter}},
            "formatters": {
                "kv": {
                    "format": "ts=%(asctime)s level=%(levelname)s logger=%(name)s rid=%(request_id)s msg=%(message)s"
                }
            },
            "handlers": {
                "stdout": {
                    "class": "logging.StreamHandler",
                    "formatter": "kv",
                    "filters": ["request_id"],
                }
            },
            "root": {"handlers": ["stdout"], "level": level},
            "loggers": {"tortoise": {"level": "WARNING"}, "httpx": {"level": "WARNING"}},
        }
    )
    logging.getLogger(__name__).info("logging configured level=%s", level)
