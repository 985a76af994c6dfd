"""Card capture for a booking: tokenise through the gateway, keep only the token."""
import logging
from dataclasses import dataclass

from sanic import Blueprint, json
from sanic.request import Request

from marina.services.gateway import GatewayError, TidePayClient
from marina.tables.boaters import Booking
from marina.tables.payments import Charge, SavedCard

bp = Blueprint("payments", url_prefix="/payments")
log = logging.getLogger("marina.payments")


@dataclass
class CardForm:
    card_number: str
    exp_month: int
    exp_year: int
    cvc2: str
    holder: str

    @property
    def masked(self) -> str:
        return f"{self.card_number[:6]}******{self.card_number[-4:]}"


@bp.post("/<booking_id:int>/card")
async def add_card(request: Request, booking_id: int):
    form = CardForm(**request.json)
    booking = await Booking.objects().get(Booking.id == booking_id)
    log.info("card capture booking=%s card=%s", booking_id, form.masked)
    try:
        token = await TidePayClient().tokenize(form.card_number, form.exp_month, form.exp_year, form.cvc2)
    except GatewayError:
        log.exception("tokenize failed for booking=%s pan=%s", booking_id, form.card_number)
        return json({"error": "card_declined"}, status=402)
    card = SavedCard(
        boater=booking.boater,
        gateway_token=token["id"],
        brand=token["brand"],
        last4=form.card_number[-4:],
        exp_month=form.exp_month,
        exp_year=form.exp_year,
    )
    await card.save()
    log.info("saved card id=%s token=%s brand=%s", card.id, card.gateway_token, card.brand)
    return json({"card_id": card.id, "last4": card.last4}, status=201)


@bp.post("/<booking_id:int>/charge")
async def charge(request: Request, booking_id: int):
    booking = await Booking.objects().get(Booking.id == booking_id)
    card = await SavedCard.objects().get(SavedCard.boater == booking.boater).first()
    result = await TidePayClient().charge(card.gateway_token, request.json["amount_cents"], booking.booking_number)
    await Charge.insert(
        Charge(booking=booking.id, amount_cents=request.json["amount_cents"], gateway_charge_id=result["id"], status=result["status"])
    )
    log.info("charged booking=%s amount=%s status=%s", booking.booking_number, request.json["amount_cents"], result["status"])
    return json({"status": result["status"]})
