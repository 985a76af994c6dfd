"""Harbour-office admin endpoints: berth board, occupancy report, audit trail."""
import logging
import time
from collections import Counter
from datetime import date, timedelta

from sanic import Blueprint, json
from sanic.request import Request

from marina.tables.boaters import Booking, Vessel
from marina.tables.payments import Charge, KeyCard

bp = Blueprint("admin", url_prefix="/admin")
log = logging.getLogger("marina.admin")
audit = logging.getLogger("marina.audit")


def _require_staff(request: Request) -> int:
    staff_id = getattr(request.ctx, "user_id", None)
    if staff_id is None:
        raise PermissionError("staff only")
    return staff_id


@bp.get("/berths")
async def berth_board(request: Request):
    started = time.perf_counter()
    today = date.today()
    rows = await Booking.select(Booking.berth_code, Booking.status, Booking.vessel.name).where(
        (Booking.arrival <= today) & (Booking.departure >= today)
    )
    board = {row["berth_code"]: {"status": row["status"], "vessel": row["vessel.name"]} for row in rows}
    log.info("berth board built berths=%d in %.1f ms", len(board), (time.perf_counter() - started) * 1000)
    return json(board)


@bp.get("/occupancy")
async def occupancy(request: Request):
    days = int(request.args.get("days", "30"))
    since = date.today() - timedelta(days=days)
    rows = await Booking.select(Booking.status).where(Booking.arrival >= since)
    counts = Counter(row["status"] for row in rows)
    log.info("occupancy report days=%s counts=%s", days, dict(counts))
    return json({"days": days, "by_status": counts})


@bp.post("/key-cards/<booking_id:int>")
async def issue_key_card(request: Request, booking_id: int):
    staff_id = _require_staff(request)
    card_number = request.json["card_number"]
    await KeyCard.insert(KeyCard(booking=booking_id, card_number=card_number))
    audit.info("staff=%s issued key card %s for booking=%s", staff_id, card_number, booking_id)
    return json({"ok": True}, status=201)


@bp.post("/vessels/<vessel_id:int>/rename")
async def rename_vessel(request: Request, vessel_id: int):
    staff_id = _require_staff(request)
    new_name = request.json["name"][:80]
    await Vessel.update({Vessel.name: new_name}).where(Vessel.id == vessel_id)
    audit.info("staff=%s renamed vessel=%s to %r", staff_id, vessel_id, new_name)
    return json({"ok": True})


@bp.get("/revenue")
async def revenue(request: Request):
    rows = await Charge.select(Charge.amount_cents, Charge.currency).where(Charge.status == "succeeded")
    total = sum(r["amount_cents"] for r in rows)
    log.info("revenue report charges=%d total_cents=%d", len(rows), total)
    return json({"charges": len(rows), "total_cents": total})
