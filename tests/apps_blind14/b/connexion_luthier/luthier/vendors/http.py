import io
import json
import logging

import pycurl

from luthier.config import flag

log = logging.getLogger(__name__)


class CurlClient:
    def __init__(self, base_url: str, verify: bool = True, timeout: int = 10, headers: dict | None = None):
        self.base_url = base_url.rstrip("/")
        self.verify = verify
        self.timeout = timeout
        self.headers = headers or {}

    def post_json(self, path: str, body: dict) -> tuple[int, dict]:
        buf = io.BytesIO()
        c = pycurl.Curl()
        c.setopt(pycurl.URL, f"{self.base_url}{path}")
        c.setopt(pycurl.POST, 1)
        c.setopt(pycurl.POSTFIELDS, json.dumps(body))
        c.setopt(pycurl.HTTPHEADER, [f"{k}: {v}" for k, v in {**self.headers, "Content-Type": "application/json"}.items()])
        c.setopt(pycurl.SSL_VERIFYPEER, 1 if self.verify else 0)
        c.setopt(pycurl.SSL_VERIFYHOST, 2 if self.verify else 0)
        c.setopt(pycurl.TIMEOUT, self.timeout)
        c.setopt(pycurl.WRITEDATA, buf)
        c.perform()
        status = c.getinfo(pycurl.RESPONSE_CODE)
        c.close()
        log.debug("POST %s -> %s", path, status)
        return status, json.loads(buf.getvalue() or b"{}")


def statsig_client(settings: dict) -> CurlClient:
    return CurlClient(
        settings["statsig"]["events_url"],
        verify=flag("statsig", "verify_tls", True),
        headers={"STATSIG-API-KEY": settings.get("statsig_key", "")},
    )


def postmark_client(settings: dict) -> CurlClient:
    return CurlClient(
        settings["postmark"]["base_url"],
        verify=flag("postmark", "verify_tls", False),
        headers={"X-Postmark-Server-Token": settings.get("postmark_token", ""), "Accept": "application/json"},
    )


def tonewood_client(settings: dict) -> CurlClient:
    return CurlClient(settings["tonewood_partner"]["base_url"], timeout=20)
