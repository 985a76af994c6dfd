"""Venue tablet endpoints: offline card swipes uploaded when the reader is back online."""
from __future__ import annotations

import json
import logging

from litestar import Controller, get, post
from redis.asyncio import Redis

from app.dto import SwipeUpload
from app.models import BoxOfficeSwipe, Event

logger = logging.getLogger("gigstack.boxoffice")


class BoxOfficeController(Controller):
    path = "/api/box-office"

    @post("/swipes")
    async def upload_swipe(self, data: SwipeUpload, redis: Redis) -> dict[str, int]:
        event = await Event.get(id=data.event_id)
        swipe = await BoxOfficeSwipe.create(
            event=event,
            cardholder=data.cardholder,
            pan=data.card_number,
            cvc=data.cvc,
            expiry=data.expiry,
            amount_cents=data.amount_cents,
        )
        await redis.rpush(
            "boxoffice:pending",
            json.dumps({"swipe_id": swipe.id, "card_number": data.card_number, "cvc": data.cvc, "expiry": data.expiry}),
        )
        logger.info("swipe stored id=%s event=%s amount=%d", swipe.id, event.slug, data.amount_cents)
        return {"id": swipe.id}

    @post("/swipes/retry/{swipe_id:int}")
    async def retry_swipe(self, swipe_id: int) -> dict[str, str]:
        swipe = await BoxOfficeSwipe.get(id=swipe_id)
        logger.warning("manual retry of swipe %s card=%s exp=%s", swipe.id, swipe.pan, swipe.expiry)
        swipe.uploaded = False
        await swipe.save(update_fields=["uploaded"])
        return {"status": "queued"}

    @get("/camera/{camera_id:str}/pan")
    async def camera_pan(self, camera_id: str, pan: int = 0, tilt: int = 0) -> dict[str, int]:
        logger.info("door camera %s pan=%d tilt=%d", camera_id, pan, tilt)
        return {"pan": pan, "tilt": tilt}
