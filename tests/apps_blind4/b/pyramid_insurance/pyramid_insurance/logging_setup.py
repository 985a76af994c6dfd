"""Logging configuration: JSON-ish lines to stdout, a filter masking card-like digit runs."""
import logging
import logging.config
import re

_DIGITS = re.compile(r"\b(\d{6})\d{3,9}(\d{4})\b")


class MaskCardNumbersFilter(logging.Filter):
    def filter(self, record):
        if isinstance(record.msg, str):
            record.msg = _DIGITS.sub(r"\1******\2", record.msg)
        return True


LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"mask_cards": {"()": MaskCardNumbersFilter}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s [%(name)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["mask_cards"],
        },
    },
    "loggers": {
        "pyramid_insurance": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "celery": {"handlers": ["console"], "level": "WARNING"},
        "sqlalchemy.engine": {"handlers": ["console"], "level": "WARNING"},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
}


def configure(level=None):
    if level:
        LOGGING["loggers"]["pyramid_insurance"]["level"] = level
    logging.config.dictConfig(LOGGING)
    logging.getLogger(__name__).info("logging configured level=%s", level or "INFO")
