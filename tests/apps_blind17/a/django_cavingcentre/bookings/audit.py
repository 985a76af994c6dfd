import structlog

_audit = structlog.get_logger("bookings.audit")


def audit(action, **fields):
    _audit.info(action, **fields)
