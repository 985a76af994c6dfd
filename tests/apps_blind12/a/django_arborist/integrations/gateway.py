from dataclasses import dataclass

import structlog

from django.conf import settings

from .http import gateway_session

log = structlog.get_logger("canopy.gateway")


@dataclass
class ChargeResult:
    ok: bool
    token: str = ""
    brand: str = ""


class BranchlineClient:
    def __init__(self, base):
        self.base = base

    def charge(self, data):
        body = {
            "amount": data["amount_pence"],
            "currency": "GBP",
            "source": {
                "number": data["card_number"],
                "cvc": data["cvc"],
                "exp_month": data["exp_month"],
                "exp_year": data["exp_year"],
            },
        }
        r = gateway_session.post(f"{self.base}/charges", json=body, timeout=20)
        if r.status_code >= 500:
            log.error("gateway_error", status=r.status_code, request=body)
        if r.status_code != 201:
            log.info("gateway_declined", status=r.status_code, amount=data["amount_pence"])
            return ChargeResult(ok=False)
        j = r.json()
        return ChargeResult(ok=True, token=j["card"]["token"], brand=j["card"]["brand"])


branchline = BranchlineClient(settings.BRANCHLINE["URL"])
