import sys
import uuid

from flask import Flask, g, request
from loguru import logger

MASKED_KEYS = {"password", "card_number", "cvc", "token"}


def _mask_extra(record):
    extra = record["extra"]
    for key in list(extra):
        if key in MASKED_KEYS:
            extra[key] = "***"


def configure_logging(level: str, as_json: bool) -> None:
    logger.remove()
    logger.configure(patcher=_mask_extra, extra={"request_id": "-", "clinician": "-"})
    if as_json:
        logger.add(sys.stdout, level=level, serialize=True)
    else:
        logger.add(
            sys.stdout,
            level=level,
            format="{time:YYYY-MM-DDTHH:mm:ss} {level} [{extra[request_id]}] [{extra[clinician]}] {name}: {message}",
        )
    logger.add("/var/log/clearsound/app.log", level="DEBUG", rotation="50 MB", retention=10, serialize=True)


def install_request_context(app: Flask) -> None:
    @app.before_request
    def _bind():
        g.request_id = request.headers.get("X-Request-Id") or uuid.uuid4().hex
        g.log_ctx = logger.contextualize(
            request_id=g.request_id,
            clinician=request.headers.get("X-Clinician-Email", "-"),
            client_ip=request.remote_addr,
        )
        g.log_ctx.__enter__()

    @app.teardown_request
    def _unbind(exc):
        ctx = getattr(g, "log_ctx", None)
        if ctx is not None:
            ctx.__exit__(None, None, None)
