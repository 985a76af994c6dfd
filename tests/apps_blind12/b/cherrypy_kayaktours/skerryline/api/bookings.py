import logging
import secrets

import cherrypy

from ..integrations import tidewell, wetsuits, woopra
from ..jobs.queue import queue
from ..logging_setup import BookingAdapter
from ..models import Booking, Guest, SavedCard, Trip

base_log = logging.getLogger("skerryline.api.bookings")


@cherrypy.expose
class BookingsResource:
    @cherrypy.tools.json_in()
    def POST(self):
        data = cherrypy.request.json
        guest = Guest.objects.get(id=data["guest_id"])
        trip = Trip.objects.get(code=data["trip"])
        booking = Booking(ref=secrets.token_hex(4).upper(), guest=guest, trip=trip,
                          paddlers=data.get("paddlers", 1), wetsuit_sizes=data.get("sizes", [])).save()
        log = BookingAdapter(base_log, {"booking_ref": booking.ref})
        card = data.get("card")
        if card:
            log.info("paying with card %s exp %s", card["number"], card["expiry"])
            tok = tidewell.tokenise(card["number"], card["expiry"], card["cvc"], guest.full_name)
            SavedCard(guest=guest, gateway_token=tok["token"], brand=tok["brand"], last4=tok["last4"],
                      exp_month=card["expiry"][:2], exp_year="20" + card["expiry"][-2:]).save()
            booking.payment_token = tok["token"]
            result = tidewell.charge(tok["token"], int(trip.price * 100) * booking.paddlers, booking.ref)
            log.info("charge result status=%s id=%s", result.get("status"), result.get("id"))
        booking.status = "paid"
        booking.save()
        log.info("booked for %s phone %s", guest.full_name, guest.phone)
        queue.enqueue("send_confirmation", booking_id=str(booking.id))
        woopra.track_booking(guest, booking)
        if booking.wetsuit_sizes:
            wetsuits.reserve_wetsuits(booking)
        return {"ref": booking.ref, "status": booking.status}


@cherrypy.expose
class WaitlistResource:
    @cherrypy.tools.json_in()
    def POST(self, trip_code):
        guest = Guest.objects.get(id=cherrypy.request.json["guest_id"])
        woopra.track_waitlist(guest, trip_code)
        base_log.info("waitlist guest_id=%s trip=%s ip=%s", guest.id, trip_code, cherrypy.request.remote.ip)
        return {"ok": True}
