import uuid

from .logs import get_logger, request_id, yard_user

log = get_logger("hoofline.http")


class RequestContext:
    async def process_request(self, req, resp):
        request_id.set(req.get_header("X-Request-Id") or uuid.uuid4().hex[:12])
        yard_user.set(req.get_header("X-Yard-User") or "anonymous")

    async def process_response(self, req, resp, resource, req_succeeded):
        log.info("%s %s -> %s", req.method, req.path, resp.status, client=req.remote_addr)


async def handle_error(req, resp, ex, params):
    log.error("unhandled error on %s: %s", req.path, ex)
    raise ex
