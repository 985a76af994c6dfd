"""Talks to the machines on the works LAN: the RIP queue and the parcel label printer."""
from __future__ import annotations

import logging

import httpx

from printshop.settings import PressRoomSettings

log = logging.getLogger("printshop.pressroom")


class PressRoom:
    def __init__(self, cfg: PressRoomSettings) -> None:
        self._cfg = cfg
        self._http = httpx.AsyncClient(timeout=8.0)

    async def healthy(self) -> bool:
        try:
            resp = await self._http.get(self._cfg.health_url)
            return resp.status_code == 200
        except httpx.HTTPError:
            return False

    async def queue_artwork(self, order_number: str, artwork_url: str, quantity: int, stock: str) -> str:
        resp = await self._http.post(
            self._cfg.rip_url,
            json={"job": order_number, "source": artwork_url, "copies": quantity, "stock": stock},
        )
        resp.raise_for_status()
        job_id = resp.json()["job_id"]
        log.info("RIP job %s queued for order %s (%d copies on %s)", job_id, order_number, quantity, stock)
        return job_id

    async def print_shipping_label(self, order) -> None:
        label = {
            "recipient": order["ship_name"],
            "address": order["ship_address"],
            "postcode": order["ship_postcode"],
            "reference": order["order_number"],
        }
        resp = await self._http.post(self._cfg.label_url, json=label)
        if resp.status_code != 201:
            log.error("label printer returned %s for order %s", resp.status_code, order["order_number"])
