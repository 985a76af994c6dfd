"""stdlib logging configuration with a filter that masks e-mail addresses."""
import logging
import re

from marina import settings

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")


class RedactingFilter(logging.Filter):
    def filter(self, record):
        record.msg = _EMAIL.sub("<email>", str(record.msg))
        return True


def configure():
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.setLevel(settings.LOG_LEVEL)
    root.addHandler(handler)
    logging.getLogger("marina.audit").addFilter(RedactingFilter())
    logging.getLogger(__name__).info("logging configured at level %s", settings.LOG_LEVEL)
