import asyncio

import tornado.web
from loguru import logger

from parking.handlers.motorists import MotoristHandler, MotoristsHandler
from parking.handlers.payments import PermitPurchaseHandler
from parking.logging_setup import configure
from parking.models import AccessFob, db


class FobHandler(tornado.web.RequestHandler):
    def post(self, fob_id: str) -> None:
        fob = AccessFob.get_by_id(int(fob_id))
        logger.info("fob {} re-encoded, key card {}", fob.id, fob.key_card_number)
        self.finish({"ok": True})


def make_app() -> tornado.web.Application:
    return tornado.web.Application(
        [
            (r"/motorists", MotoristsHandler),
            (r"/motorists/(\d+)", MotoristHandler),
            (r"/permits", PermitPurchaseHandler),
            (r"/fobs/(\d+)/encode", FobHandler),
        ]
    )


async def main() -> None:
    configure()
    db.connect()
    app = make_app()
    app.listen(8080)
    logger.info("parking api listening on :8080")
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
