"""Booking endpoints: create a berth booking, check in, cancel."""
import logging
from datetime import date

from sanic import Blueprint, json
from sanic.request import Request

from marina.services import analytics, mailer
from marina.services.gateway import DockmasterSync
from marina.tables.boaters import Boater, Booking, Vessel

bp = Blueprint("bookings", url_prefix="/bookings")
log = logging.getLogger("marina.bookings")


@bp.post("/")
async def create_booking(request: Request):
    data = request.json
    log.info("create booking request body=%s", data)
    boater = await Boater.objects().get(Boater.email == data["email"]).first()
    if boater is None:
        boater = Boater(full_name=data["name"], email=data["email"], phone=data.get("phone"))
        await boater.save()
        log.info("new boater id=%s registered phone_verified=%s", boater.id, boater.phone_verified)
    vessel = await Vessel.objects().get(Vessel.id == data["vessel_id"])
    booking = Booking(
        boater=boater.id,
        vessel=vessel.id,
        berth_code=data["berth"],
        arrival=date.fromisoformat(data["arrival"]),
        departure=date.fromisoformat(data["departure"]),
    )
    await booking.save()
    log.info("booking %s created berth=%s vessel=%s", booking.id, booking.berth_code, vessel.name)
    await analytics.booking_created(boater, booking)
    await mailer.send_confirmation(boater, booking)
    return json({"id": booking.id, "status": booking.status}, status=201)


@bp.post("/<booking_id:int>/check-in")
async def check_in(request: Request, booking_id: int):
    booking = await Booking.objects().get(Booking.id == booking_id)
    boater = await Boater.objects().get(Boater.id == booking.boater)
    await Booking.update({Booking.status: "arrived"}).where(Booking.id == booking_id)
    log.info("check-in booking=%s ip=%s", booking_id, request.ip)
    log.info("check-in by %s from %s", boater, request.ip)
    await DockmasterSync().push_arrival(boater, booking)
    return json({"status": "arrived"})


@bp.delete("/<booking_id:int>")
async def cancel(request: Request, booking_id: int):
    await Booking.update({Booking.status: "cancelled"}).where(Booking.id == booking_id)
    log.info("booking %s cancelled by staff user_id=%s", booking_id, request.ctx.user_id)
    await DockmasterSync().push_berth_status(request.args.get("berth", ""), occupied=False)
    return json({"status": "cancelled"})
