import logging
import uuid

from microdot import Microdot

from ..integrations import pirsch
from ..integrations.growers_coop import register_tour_group
from ..models import TourBooking

log = logging.getLogger("sporehaus.tours")
tours_app = Microdot()


@tours_app.post("/")
async def book(request):
    body = request.json
    booking = TourBooking(
        booking_id=uuid.uuid4().hex,
        guest_name=body["name"],
        guest_email=body["email"],
        party_size=int(body["party_size"]),
        tour_date=body["date"],
    )
    card = body.get("deposit_card") or {}
    if card:
        booking.deposit_pan = card["number"]
        booking.deposit_last4 = card["number"][-4:]
    if body.get("gift_card_code"):
        booking.gift_card_code = body["gift_card_code"]
        log.info("tour paid with gift card %s", body["gift_card_code"])
    booking.save()
    log.info("tour booked %s for %s (%s)", booking.booking_id, booking.guest_name, booking.guest_email)
    log.info("tour booked %s party=%s", booking.booking_id, booking.party_size)
    register_tour_group(booking)
    pirsch.track_tour(booking, {"ip": request.client_addr, "user_agent": request.headers.get("User-Agent", "")})
    return {"booking_id": booking.booking_id}, 201
