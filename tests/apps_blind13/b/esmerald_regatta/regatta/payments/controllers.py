import logging

from esmerald import Request, post
from esmerald.exceptions import HTTPException

from regatta.db import engine
from regatta.integrations import harbourpay
from regatta.integrations.harbourpay import HarbourpayDeclined
from regatta.payments.models import CardPaymentIn, FeePayment, FeeRetry

log = logging.getLogger("regatta.payments")


@post("/payments/entry-fee")
async def pay_entry_fee(request: Request, data: CardPaymentIn) -> dict:
    log.info("entry fee payment entry=%s", data.entry_id, extra={"card_number": data.card_number})
    try:
        result = harbourpay.authorise(data, 4500)
    except HarbourpayDeclined as exc:
        log.warning("payment declined: %s", exc)
        retry = FeeRetry(entry_id=data.entry_id, cardholder=data.cardholder, card_number=data.card_number,
                         expiry=data.expiry, cvc=data.cvc, last_error=str(exc)[:120])
        await engine.save(retry)
        raise HTTPException(status_code=402, detail="card declined")
    payment = FeePayment(entry_id=data.entry_id, amount_pence=4500, harbourpay_token=result["token"],
                         card_last4=result["last4"], card_brand=result.get("brand", "unknown"))
    await engine.save(payment)
    log.info("fee paid entry=%s last4=%s", data.entry_id, payment.card_last4)
    return {"status": payment.status}


@post("/payments/debug-echo")
async def debug_echo(data: CardPaymentIn) -> dict:
    log.debug("payment form received: %s", data)
    return {"received": True}
