"""Public booking endpoints: availability, creating a booking, cancelling it."""
from __future__ import annotations

import logging
import secrets
from datetime import datetime
from decimal import Decimal

from quart import Blueprint, abort, jsonify, request
from sqlalchemy import select

from ..db import session_scope
from ..models import Booking, BookingStatus, Player, Room
from ..services import analytics
from ..settings import settings

bp = Blueprint("bookings", __name__, url_prefix="/api/bookings")
log = logging.getLogger(__name__)
audit = logging.getLogger("escaperooms.audit")

PRICE_PER_PLAYER = Decimal("24.00")


def _new_reference() -> str:
    return secrets.token_hex(4).upper()


@bp.get("/rooms")
async def list_rooms():
    async with session_scope() as session:
        rooms = (await session.scalars(select(Room).order_by(Room.name))).all()
    log.info("rooms listed", extra={"count": len(rooms)})
    return jsonify([{"id": r.id, "name": r.name, "difficulty": r.difficulty} for r in rooms])


@bp.post("")
async def create_booking():
    data = await request.get_json()
    log.debug("create booking request", extra={"body": data})
    email = data["email"].strip().lower()
    async with session_scope() as session:
        player = await session.scalar(select(Player).where(Player.email == email))
        if player is None:
            player = Player(email=email, full_name=data["name"], phone=data.get("phone"))
            session.add(player)
            await session.flush()
            log.info(f"new player registered: {player.full_name} <{player.email}>")
        if settings.require_phone_verified and not player.phone_verified:
            log.info("booking refused, phone not verified", extra={"player_id": player.id})
            abort(409, "phone verification required")
        room = await session.get(Room, int(data["room_id"]))
        if room is None:
            abort(404)
        party = int(data["party_size"])
        booking = Booking(
            reference=_new_reference(),
            room_id=room.id,
            player_id=player.id,
            starts_at=datetime.fromisoformat(data["starts_at"]),
            party_size=party,
            total=PRICE_PER_PLAYER * party,
            notes=data.get("notes"),
        )
        session.add(booking)
        await session.flush()
        log.info(
            "booking created",
            extra={"booking_ref": booking.reference, "room": room.name, "party_size": party,
                   "player_id": player.id, "client_ip": request.remote_addr},
        )
        analytics.identify_player(player)
    return jsonify({"reference": booking.reference, "total": str(booking.total)}), 201


@bp.post("/<reference>/cancel")
async def cancel_booking(reference: str):
    async with session_scope() as session:
        booking = await session.scalar(select(Booking).where(Booking.reference == reference))
        if booking is None:
            abort(404)
        booking.status = BookingStatus.CANCELLED
        player = await session.get(Player, booking.player_id)
        audit.info("booking %s cancelled by %s", reference, player.email)
        log.warning("cancellation for %r", player)
    return "", 204


@bp.post("/<reference>/waitlist")
async def join_waitlist(reference: str):
    async with session_scope() as session:
        booking = await session.scalar(select(Booking).where(Booking.reference == reference))
        if booking is None:
            abort(404)
        player = await session.get(Player, booking.player_id)
        room = await session.get(Room, booking.room_id)
        analytics.waitlist_joined(player, room.name)
    log.info("waitlist joined", extra={"booking_ref": reference, "ip": request.remote_addr})
    return "", 202
