import logging
import sys
import uuid

import structlog
from flask import g, request

MASKED_KEYS = {"email", "phone", "password"}


def mask_known_keys(_logger, _method, event_dict):
    for key in MASKED_KEYS & event_dict.keys():
        value = str(event_dict[key])
        if key == "password":
            event_dict[key] = "[redacted]"
        else:
            event_dict[key] = value[:2] + "***" if value else value
    return event_dict


def configure_logging(level: str = "INFO") -> None:
    logging.basicConfig(format="%(message)s", stream=sys.stdout, level=level)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso"),
            mask_known_keys,
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level)),
        logger_factory=structlog.stdlib.LoggerFactory(),
    )


def bind_request_context():
    structlog.contextvars.clear_contextvars()
    g.request_id = request.headers.get("X-Request-Id", uuid.uuid4().hex)
    structlog.contextvars.bind_contextvars(
        request_id=g.request_id,
        path=request.path,
        client_ip=request.remote_addr,
        member_login=request.headers.get("X-Member-Login"),
    )
