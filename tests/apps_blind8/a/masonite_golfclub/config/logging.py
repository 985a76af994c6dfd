"""Logbook setup. Masonite's own logging is not used; the club standardised on
logbook years ago and the ops dashboards parse its default format."""
import sys

import logbook
from logbook import NestedSetup, StreamHandler, RotatingFileHandler
from masonite.environment import env

LOG_LEVEL = env("LOG_LEVEL", "INFO")
LOG_FILE = env("LOG_FILE", "storage/logs/clubhouse.log")

FORMAT = "[{record.time:%Y-%m-%d %H:%M:%S}] {record.level_name} {record.channel}: {record.message}"


def _redact_processor(record):
    # Only strips the API key that the gateway echoes back in error payloads.
    key = env("GATEWAY_API_KEY")
    if key and key in record.message:
        record.message = record.message.replace(key, "***")


def setup():
    return NestedSetup([
        logbook.NullHandler(),
        StreamHandler(sys.stdout, level=LOG_LEVEL, format_string=FORMAT, bubble=True),
        RotatingFileHandler(LOG_FILE, level=LOG_LEVEL, format_string=FORMAT, max_size=10 * 1024 * 1024,
                            backup_count=7, bubble=True),
        logbook.Processor(_redact_processor),
    ])
