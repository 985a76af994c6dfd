"""Litestar application factory."""
from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from litestar import Litestar, get
from litestar.di import Provide
from redis.asyncio import Redis
from tortoise import Tortoise

from app.controllers.box_office import BoxOfficeController
from app.controllers.checkout import CheckoutController
from app.controllers.webhooks import paystream_webhook, sms_status
from app.logging_config import configure_logging
from app.services.payments import PaymentGateway
from app.settings import TORTOISE_ORM, settings

logger = logging.getLogger("gigstack")
_gateway = PaymentGateway()
_redis = Redis.from_url(settings.redis_dsn)


@asynccontextmanager
async def lifespan(app: Litestar) -> AsyncIterator[None]:
    await Tortoise.init(config=TORTOISE_ORM)
    logger.info("database ready host=%s", settings.database_url.rsplit("@", 1)[-1])
    yield
    await _gateway.aclose()
    await Tortoise.close_connections()


@get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


def create_app() -> Litestar:
    configure_logging(settings.log_level)
    return Litestar(
        route_handlers=[CheckoutController, BoxOfficeController, paystream_webhook, sms_status, healthz],
        dependencies={"gateway": Provide(lambda: _gateway, sync_to_thread=False), "redis": Provide(lambda: _redis, sync_to_thread=False)},
        lifespan=[lifespan],
    )


app = create_app()
