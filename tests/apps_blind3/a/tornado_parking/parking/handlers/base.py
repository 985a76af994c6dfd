import json

import tornado.web
from loguru import logger


class JsonHandler(tornado.web.RequestHandler):
    def prepare(self) -> None:
        self.request_id = self.request.headers.get("X-Request-Id", "-")
        self.log = logger.bind(request_id=self.request_id, path=self.request.path)
        if self.request.body:
            try:
                self.json_body = json.loads(self.request.body)
            except ValueError:
                self.log.warning("invalid json from {}", self.request.remote_ip)
                raise tornado.web.HTTPError(400)
        else:
            self.json_body = {}

    def write_json(self, payload: dict, status: int = 200) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(payload))

    def write_error(self, status_code: int, **kwargs) -> None:
        self.log.error("request failed status={} body={}", status_code, self.request.body.decode(errors="replace"))
        self.write_json({"error": self._reason}, status=status_code)
