import contextvars
import logging
import logging.config

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
sailor_var: contextvars.ContextVar[str] = contextvars.ContextVar("sailor", default="-")


class RequestContextFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        record.sailor = sailor_var.get()
        return True


class MaskCardFilter(logging.Filter):
    """Masks the card_number attribute when handlers pass it via extra=."""

    def filter(self, record: logging.LogRecord) -> bool:
        pan = getattr(record, "card_number", None)
        if pan:
            record.card_number = "*" * (len(pan) - 4) + pan[-4:]
        return True


LOGGING = {
    "version": 1,
    "filters": {
        "ctx": {"()": RequestContextFilter},
        "mask": {"()": MaskCardFilter},
    },
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s [%(request_id)s] [%(sailor)s] %(name)s: %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["ctx", "mask"]},
    },
    "root": {"level": "INFO", "handlers": ["console"]},
}


def configure() -> None:
    logging.config.dictConfig(LOGGING)
