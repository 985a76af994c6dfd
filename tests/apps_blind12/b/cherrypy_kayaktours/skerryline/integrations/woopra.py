import hashlib

from .http import vendor_pool
from ..settings import load

cfg = load()["woopra"]


def identify(guest):
    vendor_pool.request("GET", f"{cfg['base_url']}/identify", fields={
        "project": cfg["project"],
        "cv_email": guest.email,
        "cv_name": guest.full_name,
        "cv_phone": guest.phone,
    })


def track_booking(guest, booking):
    vendor_pool.request("GET", f"{cfg['base_url']}/ce", fields={
        "project": cfg["project"],
        "cv_id": str(guest.id),
        "event": "booking_paid",
        "ce_trip": booking.trip.code,
        "ce_paddlers": booking.paddlers,
    })


def track_voucher(voucher):
    vendor_pool.request("GET", f"{cfg['base_url']}/ce", fields={
        "project": cfg["project"],
        "cv_email": voucher.purchaser_email,
        "event": "voucher_bought",
        "ce_value": str(voucher.value),
    })


def track_waitlist(guest, trip_code):
    vendor_pool.request("GET", f"{cfg['base_url']}/ce", fields={
        "project": cfg["project"],
        "cv_id": hashlib.sha256(guest.email.strip().lower().encode()).hexdigest(),
        "event": "waitlist_join",
        "ce_trip": trip_code,
    })
