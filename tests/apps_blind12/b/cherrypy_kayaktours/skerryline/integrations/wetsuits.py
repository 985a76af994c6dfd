import json

from .http import partner_pool
from ..settings import load

cfg = load()["wetsuit_partner"]


def reserve_wetsuits(booking):
    guest = booking.guest
    return partner_pool.request("POST", f"{cfg['base_url']}/reservations", body=json.dumps({
        "booking": booking.ref,
        "sizes": booking.wetsuit_sizes,
        "lead_name": guest.full_name,
        "lead_phone": guest.phone,
        "date": booking.trip.starts_at.date().isoformat(),
    }), headers={"Content-Type": "application/json"})
