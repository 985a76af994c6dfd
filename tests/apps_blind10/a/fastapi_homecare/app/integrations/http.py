"""Shared httpx clients. Built once per process and reused by the integration modules."""

from functools import lru_cache

import httpx

from app.core.config import get_settings

_TIMEOUT = httpx.Timeout(10.0, connect=3.0)
_UA = {"User-Agent": "hearthside-care/2.4"}


@lru_cache
def tallypay_client() -> httpx.Client:
    s = get_settings()
    return httpx.Client(
        base_url=s.tallypay_base_url,
        headers={**_UA, "Authorization": f"Bearer {s.tallypay_api_key.get_secret_value()}"},
        timeout=_TIMEOUT,
        verify=s.tallypay_verify_tls,
    )


@lru_cache
def brokerage_client() -> httpx.Client:
    s = get_settings()
    return httpx.Client(
        base_url=s.brokerage_url,
        headers=_UA,
        timeout=_TIMEOUT,
        verify=s.brokerage_verify_tls,
    )


@lru_cache
def carerota_client() -> httpx.Client:
    s = get_settings()
    return httpx.Client(
        base_url=s.carerota_url,
        headers={**_UA, "X-Rota-Token": s.carerota_token.get_secret_value()},
        timeout=_TIMEOUT,
    )
