"""Starlette application factory."""
from __future__ import annotations

import contextlib
import logging

import redis.asyncio as aioredis
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route

from printshop import db, settings as cfg
from printshop.logging_conf import configure
from printshop.routes import account, orders, webhooks
from printshop.services.analytics import Engagement
from printshop.services.gateway import PaywellClient
from printshop.services.pressroom import PressRoom
from printshop.settings import settings

log = logging.getLogger("printshop")


async def health(request):
    press_ok = await request.app.state.pressroom.healthy()
    return JSONResponse({"db": True, "pressroom": press_ok})


@contextlib.asynccontextmanager
async def lifespan(app: Starlette):
    configure(settings.log_level)
    await db.connect()
    app.state.redis = aioredis.from_url("redis://localhost:6379/2")
    app.state.gateway = PaywellClient(settings.gateway)
    app.state.engagement = Engagement(settings.braze)
    app.state.pressroom = PressRoom(settings.press)
    log.info("printshop started debug=%s hosts=%s", cfg.DEBUG, list(cfg.ALLOWED_HOSTS))
    yield
    await app.state.gateway.close()
    await db.disconnect()


routes = [
    Route("/health", health),
    Route("/account/signup", account.signup, methods=["POST"]),
    Route("/account/login", account.login, methods=["POST"]),
    Route("/account/password-reset", account.request_password_reset, methods=["POST"]),
    Route("/orders", orders.create_order, methods=["POST"]),
    Route("/orders/{order_id:int}/ship", orders.ship_order, methods=["POST"]),
    Route("/orders/{order_id:int}/proof-view", orders.save_proof_view, methods=["PUT"]),
    Route("/cards", orders.save_card, methods=["POST"]),
    Route("/trade/phone-orders", orders.trade_phone_order, methods=["POST"]),
    Route("/webhooks/paywell", webhooks.gateway_event, methods=["POST"]),
    Route("/webhooks/courier", webhooks.courier_update, methods=["POST"]),
]

app = Starlette(
    debug=cfg.DEBUG,
    routes=routes,
    middleware=[Middleware(SessionMiddleware, secret_key=str(cfg.config("SECRET_KEY", default="dev")))],
    lifespan=lifespan,
)
