"""Logging setup: one dictConfig for the whole process and a request-scoped adapter.

Every handler wraps the module logger in ``RequestLogger`` so lines carry the
request id and the shop (trade or retail) without repeating them at call sites.
"""
from __future__ import annotations

import logging
import logging.config
from typing import Any, MutableMapping

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "access": {"format": "%(asctime)s %(client_addr)s %(request_line)s %(status_code)s"},
    },
    "filters": {"request_id": {"()": "printshop.logging_conf.RequestIdFilter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["request_id"],
        },
        "file": {
            "class": "logging.handlers.RotatingFileHandler",
            "filename": "/var/log/printshop/app.log",
            "maxBytes": 10 * 1024 * 1024,
            "backupCount": 5,
            "formatter": "plain",
            "filters": ["request_id"],
        },
    },
    "loggers": {
        "printshop": {"handlers": ["console", "file"], "level": "INFO", "propagate": False},
        "printshop.payments": {"level": "DEBUG"},
        "uvicorn.access": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = "-"
        return True


class RequestLogger(logging.LoggerAdapter):
    """Adds request_id and storefront to every record."""

    def process(self, msg: str, kwargs: MutableMapping[str, Any]) -> tuple[str, MutableMapping[str, Any]]:
        extra = kwargs.setdefault("extra", {})
        extra.setdefault("request_id", self.extra.get("request_id", "-"))
        extra.setdefault("storefront", self.extra.get("storefront", "retail"))
        return msg, kwargs


def configure(level: str = "INFO") -> None:
    LOGGING["loggers"]["printshop"]["level"] = level
    logging.config.dictConfig(LOGGING)


def for_request(name: str, request) -> RequestLogger:
    return RequestLogger(
        logging.getLogger(name),
        {"request_id": request.headers.get("x-request-id", "-"), "storefront": request.state.storefront},
    )
