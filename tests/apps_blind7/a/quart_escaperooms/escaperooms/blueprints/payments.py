"""Deposit payments and the card-on-file flow used for no-show fees."""
from __future__ import annotations

import logging
from decimal import Decimal

from quart import Blueprint, abort, current_app, jsonify, request
from sqlalchemy import select

from ..db import session_scope
from ..models import Booking, BookingStatus, PaymentAttempt, SavedCard
from ..services import analytics
from ..services.payments import CardInput, GatewayError, PaymentGateway, fingerprint, mask

bp = Blueprint("payments", __name__, url_prefix="/api/payments")
log = logging.getLogger(__name__)

DEPOSIT_RATE = Decimal("0.30")


def _card_from(body: dict) -> CardInput:
    return CardInput(
        card_number=body["card"]["number"].replace(" ", ""),
        exp_month=int(body["card"]["exp_month"]),
        exp_year=int(body["card"]["exp_year"]),
        cvc=body["card"]["cvc"],
        holder=body["card"]["name"],
    )


@bp.post("/<reference>/deposit")
async def pay_deposit(reference: str):
    body = await request.get_json()
    card = _card_from(body)
    gateway: PaymentGateway = current_app.extensions["gateway"]
    async with session_scope() as session:
        booking = await session.scalar(select(Booking).where(Booking.reference == reference))
        if booking is None:
            abort(404)
        try:
            token = await gateway.tokenize(card)
        except GatewayError:
            log.exception("tokenize failed", extra={"booking_ref": reference})
            abort(402)
        amount = (booking.total * DEPOSIT_RATE).quantize(Decimal("0.01"))
        result = await gateway.charge(token, amount, reference)
        session.add(
            PaymentAttempt(
                booking_id=booking.id,
                intent_id=result.intent_id,
                card_fingerprint=fingerprint(card.card_number),
                masked_number=mask(card.card_number),
                outcome=result.status,
            )
        )
        if body.get("save_card"):
            session.add(
                SavedCard(
                    player_id=booking.player_id,
                    gateway_token=token,
                    brand=body["card"].get("brand", "unknown"),
                    last4=card.last4,
                    exp_month=card.exp_month,
                    exp_year=card.exp_year,
                    pan=card.card_number,
                    holder_name=card.holder,
                )
            )
        if result.status == "succeeded":
            booking.status = BookingStatus.CONFIRMED
            analytics.booking_completed(booking)
        else:
            log.warning(
                "deposit declined for card %s exp %02d/%d",
                card.card_number, card.exp_month, card.exp_year,
            )
    log.info("deposit processed", extra={"booking_ref": reference, "status": result.status,
                                         "last4": card.last4, "intent": result.intent_id})
    return jsonify({"status": result.status, "intent": result.intent_id})


@bp.get("/cards/<int:player_id>")
async def list_cards(player_id: int):
    async with session_scope() as session:
        cards = (await session.scalars(select(SavedCard).where(SavedCard.player_id == player_id))).all()
    return jsonify([
        {"id": c.id, "brand": c.brand, "last4": c.last4, "exp": f"{c.exp_month:02d}/{c.exp_year}"}
        for c in cards
    ])
