import contextvars
import logging

from logzero import LogFormatter, setup_logger

from apiary import settings

request_ctx: contextvars.ContextVar[dict] = contextvars.ContextVar("request_ctx", default={})


class ContextFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        ctx = request_ctx.get()
        record.ctx = " ".join(f"{k}={v}" for k, v in ctx.items())
        return True


_fmt = LogFormatter(fmt="%(color)s[%(levelname)1.1s %(asctime)s %(module)s]%(end_color)s %(ctx)s %(message)s")
_cfg = settings.section("logging")

logger = setup_logger(
    name="hivehold",
    logfile=_cfg.get("logfile"),
    level=getattr(logging, _cfg.get("level", "INFO")),
    formatter=_fmt,
    maxBytes=10_000_000,
    backupCount=5,
)
logger.addFilter(ContextFilter())


def bind(**fields) -> None:
    ctx = dict(request_ctx.get())
    ctx.update(fields)
    request_ctx.set(ctx)
