"""One place that builds urllib3 pools, so timeouts and retries are the same for every partner."""

from __future__ import annotations

import json
from typing import Any

import certifi
import urllib3
from urllib3.util import Retry, Timeout

_RETRY = Retry(total=3, backoff_factor=0.4, status_forcelist=(502, 503, 504), allowed_methods=None)
_TIMEOUT = Timeout(connect=3.0, read=15.0)


def pool(verify: bool = True) -> urllib3.PoolManager:
    if verify:
        return urllib3.PoolManager(
            cert_reqs="CERT_REQUIRED", ca_certs=certifi.where(), retries=_RETRY, timeout=_TIMEOUT
        )
    # partners on self-signed certificates during their own migrations
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
    return urllib3.PoolManager(cert_reqs="CERT_NONE", assert_hostname=False, retries=_RETRY, timeout=_TIMEOUT)


def post_json(http: urllib3.PoolManager, url: str, payload: Any, headers: dict | None = None) -> dict:
    response = http.request(
        "POST",
        url,
        body=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json", **(headers or {})},
    )
    if response.status >= 400:
        raise PartnerError(url, response.status, response.data[:500])
    return json.loads(response.data or b"{}")


class PartnerError(RuntimeError):
    def __init__(self, url: str, status: int, body: bytes) -> None:
        super().__init__(f"{url} answered {status}")
        self.status = status
        self.body = body
