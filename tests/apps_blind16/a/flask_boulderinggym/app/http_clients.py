import httpx
from flask import current_app

_TIMEOUT = httpx.Timeout(10.0, connect=3.0)


def chalkline_client() -> httpx.Client:
    cfg = current_app.config
    return httpx.Client(
        base_url=cfg["CHALKLINE_BASE_URL"],
        headers={"Authorization": f"Bearer {cfg['CHALKLINE_API_KEY']}"},
        verify=cfg["CHALKLINE_VERIFY_TLS"],
        timeout=_TIMEOUT,
    )


def belaycert_client() -> httpx.Client:
    cfg = current_app.config
    return httpx.Client(
        base_url=cfg["BELAYCERT_BASE_URL"],
        verify=cfg["BELAYCERT_VERIFY_TLS"],
        timeout=_TIMEOUT,
    )


def dynamics_client() -> httpx.Client:
    cfg = current_app.config
    return httpx.Client(
        base_url=f"{cfg['DYNAMICS_ORG_URL']}/api/data/v9.2",
        headers={
            "Authorization": f"Bearer {cfg['DYNAMICS_TOKEN']}",
            "OData-Version": "4.0",
            "Accept": "application/json",
        },
        timeout=_TIMEOUT,
    )


def sprig_client() -> httpx.Client:
    return httpx.Client(
        base_url="https://api.sprig.com/v2",
        headers={"Authorization": f"API-Key {current_app.config['SPRIG_API_KEY']}"},
        timeout=_TIMEOUT,
    )
