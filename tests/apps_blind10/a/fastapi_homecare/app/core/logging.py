import json
import logging
import logging.config
from datetime import datetime, timezone

from app.core.context import request_id_var, staff_id_var, staff_login_var

_RESERVED = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime"}


class RequestContextFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        record.staff_id = staff_id_var.get()
        record.staff = staff_login_var.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload = {
            "ts": datetime.fromtimestamp(record.created, tz=timezone.utc).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _RESERVED and not key.startswith("_"):
                payload[key] = value
        if record.exc_info:
            payload["exc"] = self.formatException(record.exc_info)
        return json.dumps(payload, default=str)


def configure_logging(level: str = "INFO") -> None:
    logging.config.dictConfig(
        {
            "version": 1,
            "disable_existing_loggers": False,
            "filters": {"context": {"()": RequestContextFilter}},
            "formatters": {"json": {"()": JsonFormatter}},
            "handlers": {
                "stdout": {
                    "class": "logging.StreamHandler",
                    "formatter": "json",
                    "filters": ["context"],
                }
            },
            "root": {"handlers": ["stdout"], "level": level},
            "loggers": {
                "hearth": {"level": level, "propagate": True},
                "hearth.gateway.wire": {"level": "WARNING", "propagate": True},
                "sqlalchemy.engine": {"level": "WARNING"},
                "httpx": {"level": "WARNING"},
            },
        }
    )


def audit(event: str, **fields: object) -> None:
    """Structured audit line; the compliance export reads these from the log pipeline."""
    logging.getLogger("hearth.audit").info(event, extra={"audit": True, **fields})
