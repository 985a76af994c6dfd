"""Falcon resources for berth bookings."""
import logging
import secrets

import falcon
from pony.orm import db_session, select

from marina.db import Berth, Booking, Skipper
from marina.services import notify
from marina.services.payments import GatewayError, PaymentService

log = logging.getLogger(__name__)


class BookingCollection:
    def __init__(self, payments=None):
        self.payments = payments or PaymentService()

    @db_session
    def on_post(self, req, resp):
        body = req.get_media()
        log.debug("new booking request %s", body)
        skipper = Skipper.get(email=body["email"])
        if skipper is None:
            skipper = Skipper(full_name=body["name"], email=body["email"], phone=body.get("phone", ""))
            log.info("created skipper %s <%s> phone=%s", skipper.full_name, skipper.email, skipper.phone)
        berth = Berth.get(pontoon=body["pontoon"], number=int(body["berth"]))
        if berth is None:
            raise falcon.HTTPNotFound(description="no such berth")
        booking = Booking(reference=secrets.token_hex(6).upper(), skipper=skipper, berth=berth,
                          arrives=body["arrives"], departs=body["departs"],
                          vessel_name=body["vessel"])
        card = body.get("card")
        if card:
            try:
                token = self.payments.tokenize(card)
            except GatewayError:
                log.exception("tokenization failed for booking %s", booking.reference)
                raise falcon.HTTPBadRequest(description="card declined")
            if body.get("save_card"):
                self.payments.keep_on_file(skipper, card, token)
            booking.payment_intent_id = token
        log.info("booking %s held berth=%s%s nights=%d", booking.reference, berth.pontoon,
                 berth.number, (booking.departs - booking.arrives).days)
        notify.track_booking(skipper, booking)
        resp.status = falcon.HTTP_201
        resp.media = {"reference": booking.reference, "status": booking.status}

    @db_session
    def on_get(self, req, resp):
        pontoon = req.get_param("pontoon")
        rows = select(b for b in Booking if b.berth.pontoon == pontoon)[:50]
        log.info("listed %d bookings pontoon=%s ip=%s", len(rows), pontoon, req.remote_addr)
        resp.media = [{"reference": b.reference, "status": b.status} for b in rows]


class BookingItem:
    @db_session
    def on_delete(self, req, resp, reference):
        booking = Booking.get(reference=reference)
        if booking is None:
            raise falcon.HTTPNotFound()
        booking.status = "cancelled"
        log.info("booking cancelled reference=%s by skipper_id=%s", reference, booking.skipper.id)
        log.warning("cancellation for %s", booking.skipper)
        resp.status = falcon.HTTP_204
