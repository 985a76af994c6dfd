from __future__ import annotations

import uuid

import rollbar
from beanie import init_beanie
from blacksheep import Application, Request
from logbook import Logger
from motor.motor_asyncio import AsyncIOMotorClient

from skiresort.logging_setup import request_id_var, setup_logging
from skiresort.models.guest import Guest
from skiresort.models.passes import PassPurchase, SeasonPass
from skiresort.models.rental import CorporateAccount, RentalAgreement
from skiresort.settings import get_settings

settings = get_settings()
setup_logging(settings.environment)
log = Logger("skiresort.app")

app = Application(show_error_details=settings.environment == "development")
app.use_cors(allow_methods="GET POST PATCH", allow_origins="https://book.skiresort.example")


async def request_id_middleware(request: Request, handler):
    rid = request.get_first_header(b"X-Request-Id")
    request_id_var.set(rid.decode() if rid else uuid.uuid4().hex[:12])
    return await handler(request)


app.middlewares.append(request_id_middleware)


async def on_start(application: Application) -> None:
    client = AsyncIOMotorClient(settings.mongo_url, tz_aware=True)
    await init_beanie(
        database=client[settings.mongo_db],
        document_models=[Guest, SeasonPass, PassPurchase, RentalAgreement, CorporateAccount],
    )
    application.services.add_instance(client)
    rollbar.init(
        settings.rollbar_token.get_secret_value(),
        environment=settings.environment,
        code_version="2024.11",
        handler="async",
    )
    log.info("started, mongo db {}", settings.mongo_db)


app.on_start += on_start

# controllers register themselves on import
from skiresort.controllers import guests, rentals, webhooks  # noqa: E402,F401
