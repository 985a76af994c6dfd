import uuid

from lilya.types import ASGIApp, Receive, Scope, Send

from regatta.logging_setup import request_id_var, sailor_var


class RequestContextMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        request_id_var.set(headers.get(b"x-request-id", b"").decode() or uuid.uuid4().hex[:12])
        sailor_var.set(headers.get(b"x-sailor-id", b"-").decode())
        await self.app(scope, receive, send)
