import httplib2
from pyramid.settings import asbool


class JsonHttp:
    """Small wrapper so vendors share one configured httplib2.Http per upstream."""

    def __init__(self, base_url, verify=True, timeout=10):
        self.base_url = base_url.rstrip("/")
        self.http = httplib2.Http(
            timeout=timeout,
            disable_ssl_certificate_validation=not verify,
        )

    def request(self, method, path, body=None, headers=None):
        import json

        hdrs = {"Content-Type": "application/json", "Accept": "application/json"}
        hdrs.update(headers or {})
        payload = json.dumps(body) if body is not None else None
        resp, content = self.http.request(self.base_url + path, method, body=payload, headers=hdrs)
        return resp.status, (json.loads(content) if content else None)


def includeme(config):
    s = config.registry.settings
    config.registry.gateway_http = JsonHttp(
        s["forge.gateway.base_url"], verify=asbool(s.get("forge.gateway.verify_tls", "true"))
    )
    config.registry.terminal_http = JsonHttp(s["forge.terminal.base_url"], timeout=4)
    config.registry.pardot_http = JsonHttp(s["forge.pardot.base_url"])
    config.registry.clearbit_http = JsonHttp(s["forge.clearbit.base_url"])
    config.registry.tealium_http = JsonHttp(
        s["forge.tealium.collect_url"], verify=asbool(s.get("forge.tealium.verify_tls", "true"))
    )
