import httpx
from flask import current_app

_clients: dict[str, httpx.Client] = {}


def _build(name: str) -> httpx.Client:
    cfg = current_app.config
    if name == "paygate":
        return httpx.Client(
            base_url=cfg["PAYGATE_BASE_URL"],
            headers={"Authorization": f"Bearer {cfg['PAYGATE_KEY']}"},
            verify=cfg["PAYGATE_VERIFY_TLS"],
            timeout=15.0,
        )
    if name == "insurer":
        return httpx.Client(
            base_url=cfg["INSURER_BASE_URL"],
            verify=cfg["INSURER_VERIFY_TLS"],
            timeout=30.0,
        )
    if name == "manufacturer":
        return httpx.Client(base_url=cfg["MANUFACTURER_BASE_URL"], verify=False, timeout=20.0)
    if name == "workshop":
        return httpx.Client(base_url=cfg["WORKSHOP_BASE_URL"], timeout=10.0)
    if name == "clevertap":
        return httpx.Client(
            base_url=f"https://{cfg['CLEVERTAP_REGION']}.api.clevertap.com/1",
            headers={
                "X-CleverTap-Account-Id": cfg["CLEVERTAP_ACCOUNT_ID"],
                "X-CleverTap-Passcode": cfg["CLEVERTAP_PASSCODE"],
                "Content-Type": "application/json",
            },
            timeout=10.0,
        )
    if name == "trustpilot":
        return httpx.Client(
            base_url="https://invitations-api.trustpilot.com/v1/private",
            headers={"Authorization": f"Bearer {cfg['TRUSTPILOT_TOKEN']}"},
            timeout=10.0,
        )
    raise KeyError(name)


def client(name: str) -> httpx.Client:
    if name not in _clients:
        _clients[name] = _build(name)
    return _clients[name]
