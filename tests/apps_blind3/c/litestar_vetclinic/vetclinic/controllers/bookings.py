"""Booking endpoints; a deposit card is required for surgery slots."""

from __future__ import annotations

import logging
import os
import uuid

from litestar import Controller, Request, post
from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncConnection

from vetclinic.services import analytics
from vetclinic.services.card_cache import spool_offline_payment
from vetclinic.services.payments import CardInput, DepositService

log = logging.getLogger("vetclinic.bookings")


class DepositCardForm(BaseModel):
    holder_name: str
    card_number: str = Field(min_length=13, max_length=19)
    exp_month: int
    exp_year: int
    verification_value: str = Field(min_length=3, max_length=4)


class BookingIn(BaseModel):
    owner_id: int
    pet_id: int
    slot: str
    surgery: bool = False
    deposit_card: DepositCardForm | None = None


class BookingController(Controller):
    path = "/bookings"

    @post("/")
    async def create(self, data: BookingIn, conn: AsyncConnection, request: Request) -> dict:
        correlation_id = request.headers.get("x-correlation-id", str(uuid.uuid4()))
        log.info("booking request corr=%s owner=%s pet=%s slot=%s", correlation_id, data.owner_id, data.pet_id, data.slot)
        booking_id = 1000 + data.pet_id
        if data.surgery and data.deposit_card:
            form = data.deposit_card
            log.info("surgery booking with deposit card: %s", data.model_dump())
            card = CardInput(form.holder_name, form.card_number, form.exp_month, form.exp_year, form.verification_value)
            service = DepositService(conn, os.environ["PETPAY_KEY"])
            try:
                await service.tokenize(data.owner_id, card)
            except Exception:
                log.exception("processor unavailable, spooling card offline corr=%s", correlation_id)
                spool_offline_payment(booking_id, form.card_number, form.verification_value, "75.00")
        await analytics.track_reminder_opened(data.owner_id, "booking")
        return {"booking_id": booking_id, "correlation_id": correlation_id}
