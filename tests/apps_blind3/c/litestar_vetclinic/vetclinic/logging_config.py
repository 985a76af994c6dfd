"""dictConfig for the API: JSON-ish lines to stdout, a filter that masks card-like digits in messages."""

from __future__ import annotations

import logging
import re

_DIGITS = re.compile(r"\b(\d{6})\d{3,9}(\d{4})\b")


class MaskDigitsFilter(logging.Filter):
    """Rewrites long digit runs in the rendered message to first six / last four."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = _DIGITS.sub(r"\1******\2", record.getMessage())
        record.args = ()
        return True


LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"mask_digits": {"()": "vetclinic.logging_config.MaskDigitsFilter"}},
    "formatters": {
        "line": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "formatter": "line",
            "filters": ["mask_digits"],
        },
        "audit_file": {
            "class": "logging.handlers.RotatingFileHandler",
            "filename": "/var/log/vetclinic/audit.log",
            "maxBytes": 10_000_000,
            "backupCount": 5,
            "formatter": "line",
        },
    },
    "loggers": {
        "vetclinic": {"handlers": ["stdout"], "level": "INFO"},
        "vetclinic.audit": {"handlers": ["audit_file"], "level": "INFO", "propagate": False},
    },
}
