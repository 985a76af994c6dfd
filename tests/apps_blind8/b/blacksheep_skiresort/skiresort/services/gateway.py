"""Acquirer client for rental deposit holds, and the base-lodge POS bridge."""

from __future__ import annotations

import httpx
from logbook import Logger

from skiresort.models.rental import DepositHoldRequest
from skiresort.settings import get_settings

log = Logger("skiresort.gateway")
settings = get_settings()


def mask_pan(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return f"{digits[:6]}{'*' * (len(digits) - 10)}{digits[-4:]}"


class AcquirerError(RuntimeError):
    pass


class AcquirerClient:
    def __init__(self) -> None:
        self._http = httpx.AsyncClient(
            base_url=settings.acquirer_base_url,
            headers={"Authorization": f"Bearer {settings.acquirer_api_key.get_secret_value()}"},
            timeout=httpx.Timeout(10.0, connect=3.0),
        )

    async def hold(self, req: DepositHoldRequest) -> dict:
        log.info("placing deposit hold ref={} card={}", req.reference, mask_pan(req.card_number))
        resp = await self._http.post("/holds", json=req.model_dump())
        if resp.status_code >= 400:
            log.warning("hold refused ref={} status={} body={}", req.reference, resp.status_code, resp.text)
            raise AcquirerError(resp.text)
        return resp.json()



class ShopPosBridge:
    """Pushes the deposit card to the rental-shop POS so staff can capture damage fees at the counter."""

    def __init__(self) -> None:
        self._http = httpx.AsyncClient(timeout=5.0)

    async def push_deposit(self, agreement_id: str, holder: str, pan: str, expiry: str) -> None:
        await self._http.post(
            f"{settings.shop_pos_url}/deposits",
            json={"agreement": agreement_id, "holder": holder, "pan": pan, "exp": expiry},
        )



class PhotoIdClient:
    """Registers the season-pass photo with the lift-gate vendor appliance."""

    def __init__(self) -> None:
        self._http = httpx.AsyncClient(base_url=settings.photo_id_url, verify=False, timeout=8.0)

    async def enrol(self, pass_number: str, full_name: str, date_of_birth: str, photo: bytes) -> str:
        resp = await self._http.post(
            "/enrol",
            data={"pass": pass_number, "name": full_name, "dob": date_of_birth},
            files={"photo": ("photo.jpg", photo, "image/jpeg")},
        )
        resp.raise_for_status()
        return resp.json()["gate_profile"]
