import hashlib

from ..config import settings
from ..http import session


def _sha(value: str) -> str:
    return hashlib.sha256(value.strip().lower().encode()).hexdigest()


async def booking_conversion(email: str, phone: str, value_pence: int, event_id: str):
    cfg = settings()["quora"]
    body = {
        "pixel_id": cfg["pixel_id"],
        "conversions": [{
            "event_name": "Purchase",
            "event_id": event_id,
            "user": {"email": _sha(email), "phone": _sha(phone)},
            "value": value_pence / 100,
            "currency": "GBP",
        }],
    }
    async with session("quora").post(cfg["url"], json=body) as resp:
        return resp.status
