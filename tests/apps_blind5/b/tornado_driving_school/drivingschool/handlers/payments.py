"""Checkout for lesson packages and the office's phone-booking batch."""
import json
import logging
from decimal import Decimal

import tornado.web
from tornado.httpclient import AsyncHTTPClient, HTTPClientError, HTTPRequest

from drivingschool import settings
from drivingschool.handlers.base import ApiError, BaseHandler
from drivingschool.models import Payment, PhoneBooking, SavedCard

log = logging.getLogger("roadwise.payments")

PACKAGES = {"starter": Decimal("150.00"), "ten_hours": Decimal("340.00"), "intensive": Decimal("1150.00")}


def mask_pan(pan: str) -> str:
    digits = "".join(c for c in pan if c.isdigit())
    return f"{digits[:6]}******{digits[-4:]}" if len(digits) >= 12 else "****"


async def gateway_post(path, payload):
    client = AsyncHTTPClient()
    request = HTTPRequest(
        url=f"{settings.PAYMENT_GATEWAY_URL}{path}",
        method="POST",
        body=json.dumps(payload),
        headers={"Authorization": f"Bearer {settings.PAYMENT_GATEWAY_KEY}", "Content-Type": "application/json"},
        request_timeout=20,
    )
    response = await client.fetch(request)
    return json.loads(response.body)


class CheckoutHandler(BaseHandler):
    @tornado.web.authenticated
    async def post(self):
        student = self.current_user
        package = self.json_body.get("package")
        if package not in PACKAGES:
            raise ApiError(422, "unknown_package")
        card_id = self.json_body.get("saved_card_id")
        card = SavedCard.get_or_none(SavedCard.id == card_id, SavedCard.student == student)
        if card is None:
            raise ApiError(404, "card_not_found")

        payment = Payment.create(
            student=student,
            invoice_number=f"RW-{student.id:06d}-{Payment.select().count() + 1:05d}",
            amount=PACKAGES[package],
        )
        log.info(
            "charging saved card",
            extra={"payment_id": payment.id, "invoice": payment.invoice_number, "brand": card.brand, "last4": card.last4},
        )
        try:
            result = await gateway_post(
                "/charges",
                {"amount": int(payment.amount * 100), "currency": "gbp", "source": card.gateway_token,
                 "metadata": {"invoice": payment.invoice_number}},
            )
        except HTTPClientError as exc:
            log.error("gateway charge failed for payment %s: HTTP %s", payment.id, exc.code)
            payment.status = "failed"
            payment.save()
            raise ApiError(402, "payment_failed")

        payment.gateway_payment_id = result["id"]
        payment.card_last4 = card.last4
        payment.status = result.get("status", "succeeded")
        payment.save()
        self.write_json({"payment": payment.invoice_number, "status": payment.status})


class AddCardHandler(BaseHandler):
    """Fallback for browsers where the hosted fields iframe fails to load."""

    @tornado.web.authenticated
    async def post(self):
        student = self.current_user
        body = self.json_body
        pan = body.get("pan", "").replace(" ", "")
        log.info("adding card %s for student %s", mask_pan(pan), student.id)
        client = AsyncHTTPClient()
        request = HTTPRequest(
            url=f"{settings.PAYMENT_GATEWAY_URL}/tokens",
            method="POST",
            body=json.dumps({"number": pan, "cvc": body.get("cvc"), "exp_month": body.get("exp_month"),
                             "exp_year": body.get("exp_year")}),
            headers={"Authorization": f"Bearer {settings.PAYMENT_GATEWAY_KEY}"},
            validate_cert=settings.PAYMENT_GATEWAY_VERIFY_TLS,
        )
        try:
            response = await client.fetch(request)
        except HTTPClientError as exc:
            log.warning("tokenisation failed (%s), payload was %s", exc.code, body)
            raise ApiError(402, "card_declined")
        token = json.loads(response.body)
        card = SavedCard.create(
            student=student,
            gateway_token=token["id"],
            brand=token["brand"],
            last4=pan[-4:],
            exp_month=int(body["exp_month"]),
            exp_year=int(body["exp_year"]),
        )
        self.write_json({"id": card.id, "brand": card.brand, "last4": card.last4}, status=201)


class PhoneBookingHandler(BaseHandler):
    """Office staff key in card details taken over the phone."""

    @tornado.web.authenticated
    def post(self):
        data = self.json_body
        booking = PhoneBooking.create(
            student=data["student_id"],
            taken_by=data["staff_initials"],
            card_holder=data["card_holder"],
            card_number=data["card_number"],
            card_expiry=data["expiry"],
            card_cvv=data["cvv"],
            amount=Decimal(data["amount"]),
        )
        log.info("phone booking %s recorded by %s, card %s", booking.id, booking.taken_by, booking.card_number)
        self.write_json({"id": booking.id}, status=201)
