import logging
import os

from aiohttp import web

from . import db
from .cache import CheckoutStore
from .handlers import routes


async def on_startup(app: web.Application) -> None:
    app["pool"] = await db.create_pool(os.environ["DATABASE_URL"])
    app["checkout"] = CheckoutStore(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
    logging.getLogger("tickets").info("started with pool size %s", app["pool"].get_max_size())


async def on_cleanup(app: web.Application) -> None:
    await app["pool"].close()


def make_app() -> web.Application:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    app = web.Application(client_max_size=256 * 1024)
    app.add_routes(routes)
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=int(os.environ.get("PORT", "8080")))
