import logging

from rest_framework.views import exception_handler

logger = logging.getLogger(__name__)


class BookingConflict(Exception):
    pass


class DepositDeclined(Exception):
    pass


def api_exception_handler(exc, context):
    response = exception_handler(exc, context)
    if response is None:
        logger.error("unhandled API error: %s", exc)
    return response
