"""Loguru configuration: JSON sink in production, redaction patcher for known sensitive keys."""
from __future__ import annotations

import logging
import sys

from loguru import logger

_SENSITIVE_KEYS = {"authorization", "password", "api_key"}


def _redact(record: dict) -> None:
    extra = record["extra"]
    for key in list(extra):
        if key in _SENSITIVE_KEYS:
            extra[key] = "[redacted]"


class InterceptHandler(logging.Handler):
    """Route stdlib logging (uvicorn, sqlalchemy) through loguru."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            level = logger.level(record.levelname).name
        except ValueError:
            level = record.levelno
        logger.opt(depth=6, exception=record.exc_info).log(level, record.getMessage())


def configure_logging(json_logs: bool, level: str = "INFO") -> None:
    logger.remove()
    logger.configure(patcher=_redact)
    logger.add(sys.stdout, level=level, serialize=json_logs, backtrace=False)
    logging.basicConfig(handlers=[InterceptHandler()], level=0, force=True)
    for name in ("uvicorn", "uvicorn.access", "sqlalchemy.engine"):
        logging.getLogger(name).handlers = [InterceptHandler()]
    logger.info("logging configured level={} json={}", level, json_logs)
