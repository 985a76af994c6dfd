import contextvars
import logging
import logging.config

import cherrypy

request_guest = contextvars.ContextVar("request_guest", default=None)
request_id = contextvars.ContextVar("request_id", default="-")


class GuestContextFilter(logging.Filter):
    def filter(self, record):
        guest = request_guest.get()
        record.request_id = request_id.get()
        record.guest = f"{guest.full_name} <{guest.email}>" if guest else "-"
        return True


LOGGING = {
    "version": 1,
    "filters": {"guest": {"()": GuestContextFilter}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s [%(request_id)s] [%(guest)s] %(name)s: %(message)s"},
    },
    "handlers": {
        "file": {
            "class": "logging.handlers.WatchedFileHandler",
            "filename": "/var/log/skerryline/app.log",
            "formatter": "plain",
            "filters": ["guest"],
        },
    },
    "loggers": {
        "skerryline": {"handlers": ["file"], "level": "INFO"},
        "saq": {"handlers": ["file"], "level": "WARNING"},
    },
}


def configure():
    logging.config.dictConfig(LOGGING)
    cherrypy.log.error_log.propagate = False


class BookingAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"booking={self.extra['booking_ref']} {msg}", kwargs
