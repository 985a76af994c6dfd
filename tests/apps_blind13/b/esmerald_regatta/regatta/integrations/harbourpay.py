import json
import logging
import os

from regatta.integrations.http import HARBOURPAY_URL, harbourpay_pool
from regatta.payments.models import CardPaymentIn

log = logging.getLogger("regatta.harbourpay")


class HarbourpayDeclined(Exception):
    pass


def authorise(payment: CardPaymentIn, amount_pence: int) -> dict:
    body = {
        "amount": amount_pence,
        "currency": "GBP",
        "source": {
            "number": payment.card_number,
            "exp": payment.expiry,
            "cvc": payment.cvc,
            "name": payment.cardholder,
            "postcode": payment.postcode,
        },
        "reference": payment.entry_id,
    }
    log.debug("harbourpay authorise request %s", json.dumps(body))
    resp = harbourpay_pool.request(
        "POST",
        f"{HARBOURPAY_URL}/authorisations",
        body=json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {os.environ.get('HARBOURPAY_SECRET', '')}",
                 "Content-Type": "application/json"},
    )
    data = json.loads(resp.data or b"{}")
    if resp.status != 201:
        raise HarbourpayDeclined(f"declined for {payment.cardholder} card {payment.card_number}: {data.get('code')}")
    log.info("harbourpay authorised entry=%s token=%s last4=%s", payment.entry_id, data["token"], data["last4"])
    return data
