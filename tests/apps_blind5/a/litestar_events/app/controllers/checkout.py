"""Checkout endpoint: create an order, charge the card or redeem a gift card."""
from __future__ import annotations

import logging
import secrets

from litestar import Controller, Request, post
from litestar.exceptions import HTTPException, NotFoundException
from tortoise.transactions import in_transaction

from app.dto import CheckoutRequest, CheckoutResponse
from app.jobs import enqueue
from app.models import Attendee, Event, GiftCard, Order, OrderStatus
from app.services.analytics import identify_attendee
from app.services.payments import GatewayError, PaymentGateway

logger = logging.getLogger("gigstack.checkout")


def _order_number() -> str:
    return "GS-" + secrets.token_hex(5).upper()


class CheckoutController(Controller):
    path = "/api/checkout"

    @post("/")
    async def create(self, data: CheckoutRequest, request: Request, gateway: PaymentGateway) -> CheckoutResponse:
        logger.info("checkout started event=%s qty=%d ip=%s", data.event_slug, data.quantity, request.client.host if request.client else "-")
        event = await Event.get_or_none(slug=data.event_slug)
        if event is None:
            raise NotFoundException(detail="unknown event")

        attendee, created = await Attendee.get_or_create(
            email=data.email.lower(), defaults={"full_name": data.full_name, "phone": data.phone}
        )
        if created:
            logger.info("new attendee %s <%s> for event %s", data.full_name, data.email, event.slug)
            await identify_attendee(attendee)

        total = data.quantity * 4500
        number = _order_number()
        async with in_transaction():
            order = await Order.create(
                number=number, event=event, attendee=attendee, quantity=data.quantity, total_cents=total
            )

        if data.gift_card_code:
            card = await GiftCard.get_or_none(code=data.gift_card_code)
            if card is None or card.balance_cents < total:
                logger.info("gift card rejected order=%s code=%s", number, data.gift_card_code)
                raise HTTPException(status_code=402, detail="gift card balance too low")
            card.balance_cents -= total
            await card.save(update_fields=["balance_cents"])
            order.status = OrderStatus.PAID
            await order.save()
            return CheckoutResponse(order_number=number, status=order.status.value)

        try:
            token = data.payment_method_id
            if token is None and data.card is not None:
                token = await gateway.tokenize(data.card)
            if token is None:
                raise HTTPException(status_code=400, detail="no payment method")
            result = await gateway.charge(token=token, amount_cents=total, currency=order.currency, order_number=number)
        except GatewayError as exc:
            logger.warning("payment failed order=%s code=%s", number, exc.code)
            logger.debug("failed checkout request: %r", data)
            order.status = OrderStatus.FAILED
            await order.save(update_fields=["status"])
            raise HTTPException(status_code=402, detail="payment declined") from exc

        order.status = OrderStatus.PAID
        order.payment_intent_id = result.intent_id
        order.card_brand = result.brand
        order.card_last4 = result.last4
        order.card_exp_month = result.exp_month
        order.card_exp_year = result.exp_year
        await order.save()
        await enqueue("send_tickets", order.id)
        logger.info("order paid order=%s attendee_id=%s total=%d", number, attendee.id, total)
        return CheckoutResponse(order_number=number, status="paid", card_last4=result.last4)
