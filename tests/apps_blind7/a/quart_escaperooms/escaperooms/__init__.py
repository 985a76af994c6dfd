"""Quart application factory for the escape-room booking service."""
from __future__ import annotations

import logging

from quart import Quart, request

from .logging_setup import configure_logging
from .services.payments import PaymentGateway, TerminalBridge

log = logging.getLogger(__name__)


def create_app() -> Quart:
    configure_logging()
    app = Quart(__name__)

    from .blueprints import bookings, payments, webhooks

    app.register_blueprint(bookings.bp)
    app.register_blueprint(payments.bp)
    app.register_blueprint(webhooks.bp)

    @app.before_serving
    async def _startup() -> None:
        app.extensions["gateway"] = PaymentGateway()
        app.extensions["terminal"] = TerminalBridge()
        log.info("service started", extra={"blueprints": list(app.blueprints)})

    @app.after_request
    async def _access_log(response):
        log.info(
            "request",
            extra={"method": request.method, "path": request.path, "status": response.status_code,
                   "request_id": request.headers.get("X-Request-Id")},
        )
        return response

    @app.get("/healthz")
    async def healthz():
        return {"ok": True}

    return app
