"""Logging for the API and the RQ workers.

picologging is a drop-in for the stdlib module (same dictConfig schema, same Logger API) and is
noticeably cheaper on the van-terminal endpoints, which log every request.
"""

from __future__ import annotations

import re

import picologging as logging
from picologging import config as logging_config

from .settings import settings

_DIGITS = re.compile(r"\d")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)-7s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "picologging.StreamHandler",
            "formatter": "plain",
            "stream": "ext://sys.stdout",
        },
    },
    "loggers": {
        "keyfast": {"level": settings.log_level, "handlers": ["console"], "propagate": False},
        # statement parameters are only ever wanted on a laptop; WARNING keeps them out of production
        "keyfast.sql": {"level": "WARNING", "handlers": ["console"], "propagate": False},
        "keyfast.audit": {"level": "INFO", "handlers": ["console"], "propagate": False},
    },
}


def configure() -> None:
    logging_config.dictConfig(LOGGING)


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger(f"keyfast.{name}")


_audit = logging.getLogger("keyfast.audit")


def audit(event: str, **fields: object) -> None:
    """One key=value line per business event; the call-centre supervisors grep these."""
    rendered = " ".join(f"{key}={value}" for key, value in sorted(fields.items()))
    _audit.info("%s %s", event, rendered)


def mask_pan(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    if len(digits) < 13:
        return "****"
    return f"{digits[:6]}{'*' * (len(digits) - 10)}{digits[-4:]}"


def mask_email(email: str) -> str:
    local, _, domain = email.partition("@")
    return f"{local[:1]}***@{domain}" if domain else "***"


def mask_phone(phone: str) -> str:
    digits = _DIGITS.findall(phone)
    return "*" * max(len(digits) - 3, 0) + "".join(digits[-3:])
