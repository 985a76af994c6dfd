"""WSGI entry point: wires Falcon routes, Pony ORM and logging."""
import logging

import falcon
from pony.orm import db_session

from marina import logging_setup, settings
from marina.db import db
from marina.resources.bookings import BookingCollection, BookingItem

log = logging.getLogger("marina")


class HealthResource:
    @db_session
    def on_get(self, req, resp):
        resp.media = {"status": "ok"}


class LoginResource:
    def on_post(self, req, resp):
        creds = req.get_media()
        log.info("login attempt user=%s password=%s", creds.get("email"), creds.get("password"))
        resp.status = falcon.HTTP_501


def create_app():
    logging_setup.configure()
    db.bind(**settings.DATABASE)
    db.generate_mapping(create_tables=False)
    app = falcon.App()
    app.add_route("/health", HealthResource())
    app.add_route("/login", LoginResource())
    app.add_route("/bookings", BookingCollection())
    app.add_route("/bookings/{reference}", BookingItem())
    log.info("marina app started db_host=%s", settings.DATABASE["host"])
    return app
