from app.integrations.http import tillgate_client
from app.logging_setup import get_logger

log = get_logger(__name__)


async def tokenise(card_number: str, expiry: str, cvc: str) -> dict:
    async with tillgate_client() as client:
        resp = await client.post("/tokens", json={"pan": card_number, "expiry": expiry, "cvc": cvc})
        resp.raise_for_status()
        data = resp.json()
    log.info("tillgate.tokenised", brand=data.get("brand"), last4=data.get("last4"))
    return data


async def hold_deposit(token: str, amount_pence: int, reference: str) -> dict:
    async with tillgate_client() as client:
        resp = await client.post("/holds", json={"token": token, "amount": amount_pence, "reference": reference})
        resp.raise_for_status()
        return resp.json()
