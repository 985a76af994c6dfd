import ssl

import aiohttp

from .config import settings

_sessions: dict[str, aiohttp.ClientSession] = {}


def _connector(verify: bool) -> aiohttp.TCPConnector:
    if verify:
        return aiohttp.TCPConnector(ssl=ssl.create_default_context())
    return aiohttp.TCPConnector(ssl=False)


def session(name: str) -> aiohttp.ClientSession:
    if name not in _sessions:
        cfg = settings()[name]
        _sessions[name] = aiohttp.ClientSession(
            base_url=cfg["base_url"].rstrip("/") + "/",
            connector=_connector(cfg.get("verify_tls", True)),
            timeout=aiohttp.ClientTimeout(total=15),
            raise_for_status=True,
        )
    return _sessions[name]


def printer() -> aiohttp.ClientSession:
    return aiohttp.ClientSession(base_url=settings()["yard_printer"]["base_url"])


async def close_all():
    for s in _sessions.values():
        await s.close()
