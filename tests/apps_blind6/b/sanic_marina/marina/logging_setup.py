"""stdlib logging configuration shared by the Sanic app and the worker."""
import logging
import logging.config

LOGGING = {
    "version": 1,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}


def configure() -> logging.Logger:
    logging.config.dictConfig(LOGGING)
    return logging.getLogger("marina")
