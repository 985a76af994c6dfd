import cherrypy
from mongoengine import connect

from . import logging_setup, tools  # noqa: F401  registers cherrypy.tools.request_context
from .api.bookings import BookingsResource, WaitlistResource
from .api.guests import GuestsResource, handle_error
from .api.kiosk import KioskSyncResource
from .api.vouchers import VouchersResource
from .settings import load


class Root:
    guests = GuestsResource()
    bookings = BookingsResource()
    waitlist = WaitlistResource()
    kiosk = KioskSyncResource()
    vouchers = VouchersResource()


def main():
    settings = load()
    logging_setup.configure()
    connect(host=settings["mongo"]["host"])
    cherrypy.config.update("config/app.conf")
    cherrypy.config.update({"request.error_response": handle_error})
    cherrypy.quickstart(Root(), "/api", "config/app.conf")


if __name__ == "__main__":
    main()
