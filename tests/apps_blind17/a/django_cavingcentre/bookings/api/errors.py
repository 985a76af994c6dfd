import structlog
from rest_framework.response import Response
from rest_framework.views import exception_handler

from integrations.medical import ClearanceRefused

log = structlog.get_logger("bookings.errors")


def caving_exception_handler(exc, context):
    if isinstance(exc, ClearanceRefused):
        log.warning("medical_clearance_refused", error=str(exc))
        return Response({"detail": "medical clearance required"}, status=409)
    response = exception_handler(exc, context)
    if response is None:
        log.exception("unhandled_api_error", view=context["view"].__class__.__name__)
    return response
