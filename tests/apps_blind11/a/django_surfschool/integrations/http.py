import httpx
from django.conf import settings

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=3.0)


def tidebook_client() -> httpx.Client:
    return httpx.Client(
        base_url=settings.TIDEBOOK["BASE_URL"],
        verify=settings.TIDEBOOK["VERIFY_TLS"],
        timeout=DEFAULT_TIMEOUT,
    )


def wavepay_client() -> httpx.Client:
    return httpx.Client(
        base_url=settings.WAVEPAY["BASE_URL"],
        verify=settings.WAVEPAY["VERIFY_TLS"],
        timeout=DEFAULT_TIMEOUT,
    )


def kit_client() -> httpx.Client:
    return httpx.Client(
        base_url="https://api.kit.com/v4",
        headers={"X-Kit-Api-Key": settings.KIT_API_KEY},
        timeout=DEFAULT_TIMEOUT,
    )


def lifeguard_client() -> httpx.Client:
    return httpx.Client(base_url="http://127.0.0.1:8099", timeout=DEFAULT_TIMEOUT)
