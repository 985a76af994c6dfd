"""Small pycurl wrapper shared by the outbound clients."""

import json
from io import BytesIO

import certifi
import pycurl


class HttpError(RuntimeError):
    def __init__(self, status, body):
        super().__init__(f"HTTP {status}")
        self.status = status
        self.body = body


def post_json(url, payload, headers=(), verify=True, timeout=15):
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.POST, 1)
    c.setopt(pycurl.POSTFIELDS, json.dumps(payload))
    c.setopt(pycurl.HTTPHEADER, ["Content-Type: application/json", *headers])
    c.setopt(pycurl.WRITEDATA, buf)
    c.setopt(pycurl.TIMEOUT, timeout)
    c.setopt(pycurl.CAINFO, certifi.where())
    if not verify:
        c.setopt(pycurl.SSL_VERIFYPEER, 0)
        c.setopt(pycurl.SSL_VERIFYHOST, 0)
    try:
        c.perform()
        status = c.getinfo(pycurl.RESPONSE_CODE)
    finally:
        c.close()
    body = buf.getvalue().decode() or "{}"
    if status >= 400:
        raise HttpError(status, body)
    return json.loads(body)


def get_json(url, headers=(), timeout=10):
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.HTTPHEADER, list(headers))
    c.setopt(pycurl.WRITEDATA, buf)
    c.setopt(pycurl.TIMEOUT, timeout)
    c.perform()
    c.close()
    return json.loads(buf.getvalue() or b"{}")
