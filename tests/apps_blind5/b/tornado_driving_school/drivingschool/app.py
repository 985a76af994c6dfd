"""Application factory and entry point."""
import logging
import os

import sentry_sdk
import tornado.ioloop
import tornado.web
from sentry_sdk.integrations.tornado import TornadoIntegration

from drivingschool import __version__, logging_setup, settings
from drivingschool.handlers import payments, students, webhooks
from drivingschool.jobs import reminders
from drivingschool.models import db

log = logging.getLogger("roadwise")


class HealthHandler(tornado.web.RequestHandler):
    def get(self):
        self.write({"status": "ok", "db": not db.is_closed()})


def make_app():
    return tornado.web.Application(
        [
            (r"/healthz", HealthHandler),
            (r"/api/students", students.SignupHandler),
            (r"/api/me", students.ProfileHandler),
            (r"/api/me/verify-phone", students.VerifyPhoneHandler),
            (r"/api/checkout", payments.CheckoutHandler),
            (r"/api/cards", payments.AddCardHandler),
            (r"/api/office/phone-bookings", payments.PhoneBookingHandler),
            (r"/hooks/payfluent", webhooks.GatewayWebhookHandler),
        ],
        cookie_secret=settings.COOKIE_SECRET,
        debug=settings.DEBUG,
        login_url="/login",
    )


def main():
    logging_setup.configure(settings.DEBUG)
    sentry_sdk.init(
        dsn=os.environ.get("SENTRY_DSN"),
        integrations=[TornadoIntegration()],
        traces_sample_rate=0.05,
        send_default_pii=True,
        release=f"roadwise@{__version__}",
    )
    db.init(settings.DATABASE_URL, max_connections=settings.DB_MAX_CONNECTIONS)
    app = make_app()
    app.listen(settings.PORT, xheaders=True)
    reminders.schedule()
    log.info("listening on port %d, flags=%s", settings.PORT, settings.FEATURE_FLAGS)
    tornado.ioloop.IOLoop.current().start()


if __name__ == "__main__":
    main()
