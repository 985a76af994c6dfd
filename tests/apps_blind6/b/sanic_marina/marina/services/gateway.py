"""Thin client for the TidePay card gateway and the old dockmaster system."""
import logging

import httpx

from marina import settings

log = logging.getLogger("marina.gateway")


class GatewayError(Exception):
    pass


class TidePayClient:
    def __init__(self, base_url: str = settings.GATEWAY_URL) -> None:
        self._http = httpx.AsyncClient(
            base_url=base_url,
            headers={"Authorization": f"Bearer {settings.GATEWAY_SECRET}"},
            timeout=15.0,
        )

    async def tokenize(self, pan: str, exp_month: int, exp_year: int, cvc2: str) -> dict:
        payload = {"number": pan, "exp_month": exp_month, "exp_year": exp_year, "cvc": cvc2}
        log.debug("tokenize request payload=%s", payload)
        resp = await self._http.post("/tokens", json=payload)
        if resp.status_code != 201:
            log.warning("tokenize failed status=%s request_id=%s", resp.status_code, resp.headers.get("x-request-id"))
            raise GatewayError(resp.text)
        body = resp.json()
        log.info("tokenized card brand=%s last4=%s", body["brand"], body["last4"])
        return body

    async def charge(self, token: str, amount_cents: int, booking_number: str) -> dict:
        resp = await self._http.post(
            "/charges",
            json={"source": token, "amount": amount_cents, "reference": booking_number},
        )
        resp.raise_for_status()
        charge = resp.json()
        log.info("charge %s for booking %s -> %s", charge["id"], booking_number, charge["status"])
        return charge


class DockmasterSync:
    """Pushes arrivals to the harbour's on-prem dockmaster box."""

    def __init__(self) -> None:
        self._http = httpx.AsyncClient(base_url=settings.LEGACY_DOCKMASTER_URL, timeout=5.0)

    async def push_arrival(self, boater, booking) -> None:
        await self._http.post(
            "/arrivals",
            json={
                "berth": booking.berth_code,
                "arrival": booking.arrival.isoformat(),
                "skipper": boater.full_name,
                "phone": boater.phone,
            },
        )

    async def push_berth_status(self, berth_code: str, occupied: bool) -> None:
        await self._http.post("/berths", json={"berth": berth_code, "occupied": occupied})
