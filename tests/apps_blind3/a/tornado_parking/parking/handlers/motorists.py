"""Motorist sign-up and profile updates."""
import httpx
from loguru import logger

from parking import settings
from parking.customerio import CustomerIo
from parking.handlers.base import JsonHandler
from parking.models import Motorist

cio = CustomerIo(settings.CIO_SITE_ID, settings.CIO_API_KEY)


class MotoristsHandler(JsonHandler):
    async def post(self) -> None:
        data = self.json_body
        motorist = Motorist.create(
            email=data["email"],
            first_name=data["first_name"],
            last_name=data["last_name"],
            mobile=data.get("mobile"),
            home_address=data["home_address"],
            licence_number=data.get("licence_number"),
        )
        logger.info(f"new motorist {motorist.first_name} {motorist.last_name} <{motorist.email}> at {motorist.home_address}")
        self.log.info("motorist {} created", motorist.id)
        await cio.identify(motorist)
        await self._notify_permit_office(motorist)
        self.write_json({"id": motorist.id}, status=201)

    async def _notify_permit_office(self, motorist: Motorist) -> None:
        resident = {
            "name": f"{motorist.first_name} {motorist.last_name}",
            "address": motorist.home_address,
            "licence": motorist.licence_number,
        }
        async with httpx.AsyncClient(timeout=10) as client:
            resp = await client.post(settings.PERMIT_OFFICE_URL, json=resident)
        if resp.status_code >= 400:
            logger.warning("permit office rejected resident {}: {}", motorist, resp.text)


class MotoristHandler(JsonHandler):
    async def patch(self, motorist_id: str) -> None:
        motorist = Motorist.get_by_id(int(motorist_id))
        changes = {k: v for k, v in self.json_body.items() if k in {"mobile", "home_address"}}
        Motorist.update(**changes).where(Motorist.id == motorist.id).execute()
        self.log.bind(motorist_id=motorist.id, fields=sorted(changes)).info("profile updated")
        await cio.track(motorist.id, "profile_updated", {"fields": sorted(changes)})
        self.write_json({"ok": True})
