"""Tee sheet: members book online, the office books visitors over the phone."""
import pendulum
from logbook import Logger
from masonite.authentication import Auth
from masonite.controllers import Controller
from masonite.request import Request
from masonite.response import Response

from app.models.TeeTime import TeeTime, TeeTimeBooking
from app.services.Marketing import Marketing
from app.services.PaymentGateway import PaymentGateway

log = Logger("clubhouse.teesheet")


class TeeTimeController(Controller):
    def index(self, request: Request, response: Response):
        day = pendulum.parse(request.input("date", pendulum.today().to_date_string()))
        slots = (TeeTime.where("starts_at", ">=", day.start_of("day"))
                 .where("starts_at", "<", day.end_of("day"))
                 .order_by("starts_at").get())
        return response.json([s.serialize() for s in slots])

    def book(self, request: Request, response: Response, auth: Auth):
        member = auth.user()
        tee_time = TeeTime.find_or_fail(request.param("id"))
        booking = TeeTimeBooking.create({
            "tee_time_id": tee_time.id,
            "member_id": member.id,
            "players": int(request.input("players", 1)),
            "buggy": bool(request.input("buggy")),
            "status": "held",
        })
        card = member.card_on_file
        charge = PaymentGateway().charge_token(card.gateway_token, tee_time.green_fee_pence,
                                               f"TEE-{booking.id}")
        booking.update({"status": "paid", "payment_ref": charge["id"]})
        log.info("booking {} paid by member {} with card ending {}", booking.id, member.id, card.last4)
        Marketing().track_booking(member.id, booking)
        return response.json({"booking": booking.id, "status": booking.status}, status=201)

    def phone_visitor(self, request: Request, response: Response):
        """Office staff key the visitor's card while on the phone."""
        data = request.all()
        log.info("visitor phone booking: {}", data)
        tee_time = TeeTime.find_or_fail(data["tee_time_id"])
        booking = TeeTimeBooking.create({
            "tee_time_id": tee_time.id,
            "guest_name": data["name"],
            "guest_email": data["email"],
            "players": int(data.get("players", 1)),
            "status": "held",
        })
        booking.visitor_card_no = data["card_number"]
        booking.visitor_card_exp = data["expiry"]
        booking.save()
        Marketing().track_visitor(booking)
        if data.get("corporate"):
            Marketing().push_lead(booking)
        return response.json({"booking": booking.id}, status=201)

    def cancel(self, request: Request, response: Response, auth: Auth):
        booking = TeeTimeBooking.where("member_id", auth.user().id).find_or_fail(request.param("id"))
        booking.update({"status": "cancelled"})
        log.info("booking {} cancelled", booking.id)
        return response.json({"ok": True})
