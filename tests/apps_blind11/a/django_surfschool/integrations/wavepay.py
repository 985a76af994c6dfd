import logging

from .http import wavepay_client

logger = logging.getLogger(__name__)


def charge_deposit(req) -> dict:
    with wavepay_client() as client:
        resp = client.post(
            "/charges",
            json={"source": {"number": req.card_number, "cvc": req.cvc}, "amount": req.amount_cents, "currency": "EUR"},
        )
    logger.info("wavepay charge %s for board %s", resp.status_code, req.board_tag)
    if resp.status_code >= 400:
        logger.warning("wavepay declined deposit %s", req)
    return resp.json()


def tokenise(req) -> dict:
    with wavepay_client() as client:
        resp = client.post("/tokens", json={"number": req.card_number, "cvc": req.cvc})
    data = resp.json()
    logger.info("tokenised card brand=%s last4=%s", data["brand"], data["last4"])
    return data
