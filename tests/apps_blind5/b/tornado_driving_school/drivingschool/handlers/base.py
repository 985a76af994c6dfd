"""Base handler: JSON bodies, auth from the signed cookie, uniform errors."""
import json
import logging
import uuid

import tornado.web

from drivingschool.models import Student

log = logging.getLogger("roadwise.http")


class ApiError(tornado.web.HTTPError):
    def __init__(self, status_code, code, message=""):
        super().__init__(status_code, reason=code)
        self.code = code
        self.message = message


class BaseHandler(tornado.web.RequestHandler):
    def prepare(self):
        self.request_id = self.request.headers.get("X-Request-Id") or uuid.uuid4().hex
        self.set_header("X-Request-Id", self.request_id)
        self.json_body = {}
        if self.request.body and self.request.headers.get("Content-Type", "").startswith("application/json"):
            try:
                self.json_body = json.loads(self.request.body)
            except ValueError:
                log.warning("malformed json body", extra={"request_id": self.request_id, "path": self.request.path})
                raise ApiError(400, "malformed_json")

    def get_current_user(self):
        raw = self.get_secure_cookie("sid")
        if not raw:
            return None
        return Student.get_or_none(Student.public_id == raw.decode())

    def write_json(self, payload, status=200):
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(payload, default=str))

    def write_error(self, status_code, **kwargs):
        exc = kwargs.get("exc_info", (None, None, None))[1]
        code = getattr(exc, "code", "error")
        if status_code >= 500:
            log.error(
                "unhandled error on %s %s",
                self.request.method,
                self.request.path,
                exc_info=kwargs.get("exc_info"),
                extra={"request_id": self.request_id},
            )
        self.write_json({"error": code, "request_id": self.request_id}, status=status_code)

    def on_finish(self):
        log.info(
            "request done",
            extra={
                "request_id": getattr(self, "request_id", None),
                "status": self.get_status(),
                "duration_ms": round(self.request.request_time() * 1000, 1),
                "remote_ip": self.request.remote_ip,
            },
        )
