import uuid

import structlog
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

from app.logging_setup import get_logger

log = get_logger("whiskerwood.http")


class RequestContextMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        structlog.contextvars.clear_contextvars()
        request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
        structlog.contextvars.bind_contextvars(
            request_id=request_id,
            path=request.url.path,
        )
        staff = request.headers.get("x-staff-login")
        if staff:
            structlog.contextvars.bind_contextvars(staff_login=staff, client_ip=request.client.host)
        response = await call_next(request)
        response.headers["x-request-id"] = request_id
        log.info("request.done", status=response.status_code, method=request.method)
        return response
