import httpx

from app.config import get_settings

_settings = get_settings()

TIMEOUT = httpx.Timeout(10.0, connect=5.0)


def delighted_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=_settings.delighted.base_url,
        auth=(_settings.delighted_api_key, ""),
        timeout=TIMEOUT,
        verify=_settings.delighted.verify_tls,
    )


def emailoctopus_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=_settings.emailoctopus.base_url, timeout=TIMEOUT)


def vetlink_client() -> httpx.Client:
    return httpx.Client(
        base_url=_settings.vetlink.base_url,
        timeout=TIMEOUT,
        verify=_settings.vetlink.verify_tls,
    )


def tillgate_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=_settings.tillgate.base_url,
        headers={"Authorization": f"Bearer {_settings.tillgate_secret}"},
        timeout=TIMEOUT,
    )


def local_printer_client() -> httpx.Client:
    # kennel-card label printer on the front-desk PC
    return httpx.Client(base_url="http://127.0.0.1:9100", timeout=3.0)
