import structlog

from ..http_clients import chalkline_client

log = structlog.get_logger(__name__)


class ChalklineGateway:
    def tokenize(self, number: str, exp_month: int, exp_year: int, cvc: str) -> dict:
        with chalkline_client() as client:
            resp = client.post(
                "/tokens",
                json={"card": {"number": number, "exp_month": exp_month, "exp_year": exp_year, "cvc": cvc}},
            )
        resp.raise_for_status()
        data = resp.json()
        log.info("card tokenized", token=data["id"], last4=data["card"]["last4"], brand=data["card"]["brand"])
        return data

    def charge(self, token: str, amount_pence: int, reference: str) -> dict:
        with chalkline_client() as client:
            resp = client.post(
                "/charges",
                json={"source": token, "amount": amount_pence, "currency": "gbp", "reference": reference},
            )
        log.info("charge response", status=resp.status_code, reference=reference)
        return resp.json()

    def keyed_charge(self, number: str, expiry: str, cvc: str, amount_pence: int) -> dict:
        payload = {"card": {"number": number, "expiry": expiry, "cvc": cvc}, "amount": amount_pence}
        log.debug("keyed charge request", payload=payload)
        with chalkline_client() as client:
            return client.post("/charges/keyed", json=payload).json()
