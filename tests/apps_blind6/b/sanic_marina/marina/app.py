"""Sanic application factory."""
from sanic import Sanic, json

from marina.blueprints import admin, bookings, payments, webhooks
from marina.logging_setup import configure

log = configure()


def create_app() -> Sanic:
    app = Sanic("marina")
    app.blueprint(bookings.bp)
    app.blueprint(payments.bp)
    app.blueprint(admin.bp)
    app.blueprint(webhooks.bp)

    @app.get("/healthz")
    async def healthz(request):
        return json({"ok": True})

    @app.on_request
    async def trace(request):
        log.info("request %s %s id=%s", request.method, request.path, request.id)

    return app
