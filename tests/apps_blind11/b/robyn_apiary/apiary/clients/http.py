import niquests

from apiary import settings

_gw = settings.section("gateway")
_reg = settings.section("apiary_registry")


def gateway_session() -> niquests.Session:
    s = niquests.Session(retries=2)
    s.verify = _gw.get("verify_tls", True)
    s.headers["Authorization"] = f"Bearer {settings.load()['gateway'].get('secret', '')}"
    return s


def registry_session() -> niquests.Session:
    s = niquests.Session()
    s.verify = settings.registry_verify()
    return s


def attio_session(api_key: str) -> niquests.Session:
    s = niquests.Session(base_url=settings.section("attio")["base_url"])
    s.headers.update({"Authorization": f"Bearer {api_key}", "Content-Type": "application/json"})
    return s


GATEWAY_BASE = _gw["base_url"]
REGISTRY_BASE = _reg.get("base_url", "http://registry.beekeepers-union.example/api")
