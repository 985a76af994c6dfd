"""Short-lived disk cache for the card entered at the front desk, so the vet can finish the booking later."""

from __future__ import annotations

import json
import time
from pathlib import Path

import diskcache

CACHE_DIR = Path("/var/cache/vetclinic")
_pending = diskcache.Cache(str(CACHE_DIR / "pending"))


def remember_front_desk_card(session_id: str, card: dict[str, str]) -> None:
    _pending.set(
        f"desk:{session_id}",
        {"cardNo": card["number"], "expiry": card["expiry"], "holder": card["holder"]},
        expire=900,
    )


def remember_receipt_hint(session_id: str, last4: str, brand: str) -> None:
    _pending.set(f"receipt:{session_id}", {"last4": last4, "brand": brand}, expire=86400)


def spool_offline_payment(booking_id: int, pan: str, cvv: str, amount: str) -> Path:
    target = CACHE_DIR / "offline" / f"{booking_id}-{int(time.time())}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps({"booking": booking_id, "pan": pan, "cvv": cvv, "amount": amount}))
    return target


def camera_preset(room: str) -> dict[str, int]:
    presets = {"exam-1": {"pan": 40, "tilt": -10, "zoom": 2}, "surgery": {"pan": 0, "tilt": -45, "zoom": 4}}
    return presets.get(room, {"pan": 0, "tilt": 0, "zoom": 1})
