"""WSGI entry point: `gunicorn 'locksmith.app:create_app()'`."""

from __future__ import annotations

import time

import bottle

from . import errors
from .db import ConnectionPlugin, pool
from .logs import configure, get_logger
from .routes import callouts, customers, payments, webhooks

log = get_logger("http")


def _timing_hooks(app: bottle.Bottle) -> None:
    @app.hook("before_request")
    def _start() -> None:
        bottle.request.environ["keyfast.t0"] = time.perf_counter()

    @app.hook("after_request")
    def _access_log() -> None:
        elapsed = (time.perf_counter() - bottle.request.environ.get("keyfast.t0", time.perf_counter())) * 1000
        log.info("%s %s %s %s %.1fms", bottle.request.remote_addr, bottle.request.method,
                 bottle.request.path, bottle.response.status_code, elapsed)


def create_app() -> bottle.Bottle:
    configure()
    pool.open()
    root = bottle.Bottle()
    root.install(ConnectionPlugin())
    _timing_hooks(root)

    for sub in (customers.app, callouts.app, payments.app, webhooks.app):
        sub.install(ConnectionPlugin())

    root.mount("/api/customers", customers.app)
    root.mount("/api/callouts", callouts.app)
    root.mount("/api/payments", payments.app)
    root.mount("/hooks", webhooks.app)

    @root.get("/healthz")
    def healthz():
        return {"ok": True}

    @root.error(500)
    def server_error(error):
        errors.report({"url": bottle.request.url, "method": bottle.request.method})
        log.error("unhandled error on %s %s: %s", bottle.request.method, bottle.request.path, error.exception)
        return '{"error": "internal"}'

    return root
