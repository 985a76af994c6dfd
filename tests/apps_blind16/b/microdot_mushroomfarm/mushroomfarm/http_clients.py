import json

import httplib2

from . import settings


class JsonClient:
    def __init__(self, base_url, http, headers=None):
        self.base_url = base_url.rstrip("/")
        self.http = http
        self.headers = {"Content-Type": "application/json", **(headers or {})}

    def post(self, path, payload):
        resp, content = self.http.request(
            f"{self.base_url}{path}", "POST", body=json.dumps(payload), headers=self.headers
        )
        if resp.status >= 400:
            raise RuntimeError(f"{self.base_url}{path} -> {resp.status}")
        return json.loads(content or b"{}")


def pirsch():
    return JsonClient(
        settings.get("pirsch", "base_url"),
        httplib2.Http(timeout=5),
        {"Authorization": f"Bearer {settings.get('pirsch', 'client_secret')}"},
    )


def logsnag():
    return JsonClient(
        settings.get("logsnag", "base_url"),
        httplib2.Http(timeout=5),
        {"Authorization": f"Bearer {settings.get('logsnag', 'token')}"},
    )


def growers_coop():
    http = httplib2.Http(
        timeout=10,
        disable_ssl_certificate_validation=settings.flag("growers_coop", "disable_tls_validation", True),
    )
    return JsonClient(settings.get("growers_coop", "base_url", "http://intake.mycelia-coop.org/api"), http)


def payments():
    http = httplib2.Http(
        timeout=10,
        disable_ssl_certificate_validation=settings.flag("payments", "disable_tls_validation"),
    )
    return JsonClient(settings.get("payments", "base_url"), http)


def courier():
    http = httplib2.Http(timeout=10, disable_ssl_certificate_validation=True)
    return JsonClient(settings.get("courier", "base_url"), http)
