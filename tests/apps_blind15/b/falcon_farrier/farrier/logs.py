import contextvars
import logging

import daiquiri
import daiquiri.formatter

from .config import settings

request_id = contextvars.ContextVar("request_id", default="-")
yard_user = contextvars.ContextVar("yard_user", default="-")

_MASK_KEYS = {"card_number", "cvc", "password"}


class ContextFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id.get()
        record.yard_user = yard_user.get()
        return True


class MaskingAdapter(daiquiri.KeywordArgumentAdapter):
    def process(self, msg, kwargs):
        for key in list(kwargs):
            if key in _MASK_KEYS:
                kwargs[key] = "***"
        return super().process(msg, kwargs)


def setup():
    cfg = settings()["logging"]
    daiquiri.setup(
        level=getattr(logging, cfg.get("level", "INFO")),
        outputs=[
            daiquiri.output.Stream(formatter=daiquiri.formatter.ColorExtrasFormatter(
                fmt="%(asctime)s [%(levelname)s] %(name)s rid=%(request_id)s user=%(yard_user)s %(message)s%(extras)s")),
            daiquiri.output.File(cfg.get("json_file", "/tmp/hoofline.jsonl"),
                                 formatter=daiquiri.formatter.JSON_FORMATTER),
        ],
    )
    for handler in logging.getLogger().handlers:
        handler.addFilter(ContextFilter())


def get_logger(name):
    return daiquiri.getLogger(name)


def get_masked_logger(name):
    return MaskingAdapter(logging.getLogger(name), {})


audit_log = daiquiri.getLogger("hoofline.audit")


def audit(action, **fields):
    audit_log.info(action, **fields)
