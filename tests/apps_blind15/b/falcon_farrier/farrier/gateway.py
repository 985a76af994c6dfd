import aiohttp

from .http import session
from .logs import get_logger, get_masked_logger

log = get_logger(__name__)
masked = get_masked_logger("hoofline.gateway")


async def tokenize(owner_id: int, card_number: str, cvc: str, expiry: str) -> dict:
    masked.info("tokenizing card", owner_id=owner_id, card_number=card_number, cvc=cvc)
    try:
        async with session("gateway").post("tokens", json={
            "reference": f"owner-{owner_id}",
            "card": {"number": card_number, "cvc": cvc, "expiry": expiry},
        }) as resp:
            body = await resp.json()
    except aiohttp.ClientResponseError as exc:
        log.error("tokenize rejected (%s) for card %s exp %s", exc.status, card_number, expiry)
        raise
    log.info("gateway token issued", owner_id=owner_id, brand=body["brand"], last4=body["last4"])
    return body


async def charge(token: str, amount_pence: int, visit_id: int) -> dict:
    async with session("gateway").post("charges", json={
        "source": token, "amount": amount_pence, "currency": "GBP", "metadata": {"visit_id": visit_id},
    }) as resp:
        return await resp.json()


async def capture_keyed(card_number: str, expiry: str, cvc: str, amount_pence: int) -> dict:
    log.info("keyed capture", card=card_number, expiry=expiry, amount=amount_pence)
    async with session("gateway").post("charges/keyed", json={
        "card": {"number": card_number, "expiry": expiry, "cvc": cvc}, "amount": amount_pence,
    }) as resp:
        return await resp.json()
