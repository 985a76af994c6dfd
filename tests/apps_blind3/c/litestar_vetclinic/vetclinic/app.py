"""Litestar application factory for the clinic booking API."""

from __future__ import annotations

import logging
import logging.config
import os

import sentry_sdk
from litestar import Litestar, Request
from litestar.di import Provide
from sentry_sdk.integrations.litestar import LitestarIntegration

from vetclinic.controllers.bookings import BookingController
from vetclinic.controllers.owners import OwnerController
from vetclinic.db.engine import provide_connection
from vetclinic.logging_config import LOGGING

logging.config.dictConfig(LOGGING)
log = logging.getLogger("vetclinic.app")

sentry_sdk.init(
    dsn=os.environ.get("SENTRY_DSN"),
    environment=os.environ.get("APP_ENV", "production"),
    integrations=[LitestarIntegration()],
    traces_sample_rate=0.2,
    send_default_pii=True,
)


async def log_request(request: Request) -> None:
    log.info("request %s %s from %s", request.method, request.url.path, request.client.host if request.client else "-")


async def on_startup() -> None:
    log.info("clinic api starting, env=%s", os.environ.get("APP_ENV", "production"))


def create_app() -> Litestar:
    return Litestar(
        route_handlers=[OwnerController, BookingController],
        dependencies={"conn": Provide(provide_connection)},
        before_request=log_request,
        on_startup=[on_startup],
    )


app = create_app()
