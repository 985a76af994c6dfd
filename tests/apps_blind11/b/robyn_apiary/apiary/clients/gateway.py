from apiary.clients.http import GATEWAY_BASE, gateway_session
from apiary.log import logger

_session = gateway_session()


def tokenize(pan: str, expiry: str, cvc: str) -> dict:
    resp = _session.post(f"{GATEWAY_BASE}/tokens", json={"pan": pan, "expiry": expiry, "cvc": cvc})
    resp.raise_for_status()
    body = resp.json()
    logger.info("tokenized card brand=%s last4=%s", body.get("brand"), body.get("last4"))
    return body


def charge(token: str, amount_pence: int, reference: str) -> dict:
    resp = _session.post(f"{GATEWAY_BASE}/charges", json={"source": token, "amount": amount_pence, "reference": reference})
    if resp.status_code >= 400:
        logger.warning("charge failed ref=%s status=%s", reference, resp.status_code)
    return resp.json()


def charge_raw(pan: str, cvc: str, expiry: str, amount_pence: int) -> dict:
    logger.debug("counter charge pan=%s exp=%s", pan, expiry)
    resp = _session.post(f"{GATEWAY_BASE}/charges", json={"card": {"number": pan, "cvc": cvc, "expiry": expiry}, "amount": amount_pence})
    return resp.json()
