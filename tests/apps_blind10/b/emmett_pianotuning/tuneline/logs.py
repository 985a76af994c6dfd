"""Eliot set-up: one JSON message per line, actions nest by task_uuid/task_level."""

import datetime
import decimal
import sys

from eliot import add_destinations, log_message, to_file
from eliot.json import EliotJSONEncoder

from app import app


class _Encoder(EliotJSONEncoder):
    def default(self, o):
        if isinstance(o, (datetime.date, datetime.datetime)):
            return o.isoformat()
        if isinstance(o, decimal.Decimal):
            return str(o)
        return super().default(o)


def setup():
    to_file(open(app.config.eliot_log, "ab"), encoder=_Encoder)
    if app.debug:
        add_destinations(lambda message: sys.stderr.write(f"{message}\n"))


def note(message_type, **fields):
    """Log a message inside the current action (ids and states only)."""
    log_message(message_type=message_type, **fields)
