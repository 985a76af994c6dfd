import elasticapm
from eliot import start_action
from emmett import request, session
from emmett.pipeline import Pipe

from app import app
from tuneline import errors


class RequestActionPipe(Pipe):
    """Every request runs inside an Eliot action, so nested messages share its task id."""

    async def pipe(self, next_pipe, **kwargs):
        with start_action(
            action_type="http:request",
            method=request.method,
            path=request.path,
            request_id=request.headers.get("x-request-id"),
        ):
            return await next_pipe(**kwargs)


class ApmPipe(Pipe):
    async def open(self):
        errors.client.begin_transaction("request")

    async def close(self):
        staff = session.get("staff")
        if staff:
            elasticapm.set_user_context(user_id=str(staff["id"]))
        errors.client.end_transaction(f"{request.method} {request.path}", "completed")
