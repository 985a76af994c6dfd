from __future__ import annotations

from dataclasses import dataclass

from blacksheep import FromJSON, Response
from blacksheep.server.controllers import APIController, post
from logbook import Logger

from skiresort.models.guest import Guest
from skiresort.models.rental import RentalItem
from skiresort.services.gateway import AcquirerError
from skiresort.services.rentals import RentalService

log = Logger("skiresort.api.rentals")


@dataclass
class OpenRentalIn:
    guest_id: str
    items: list[dict]
    holder_name: str
    card_number: str
    expiry_month: int
    expiry_year: int
    cvv: str | None
    days: int = 1


class Rentals(APIController):
    def __init__(self, service: RentalService) -> None:
        self.service = service

    @classmethod
    def route(cls) -> str:
        return "/api/rentals"

    @post()
    async def open(self, payload: FromJSON[OpenRentalIn]) -> Response:
        body = payload.value
        guest = await Guest.get(body.guest_id)
        if guest is None:
            return self.not_found()
        try:
            agreement = await self.service.open_agreement(
                guest,
                [RentalItem(**item) for item in body.items],
                body.holder_name,
                body.card_number,
                body.expiry_month,
                body.expiry_year,
                body.cvv,
                body.days,
            )
        except AcquirerError:
            log.warning("rental declined: {}", body)
            return self.status_code(402, {"error": "deposit declined"})
        return self.created({"id": str(agreement.id)})
