"""Permit purchase: card capture, authorisation at the acquirer, permit issue."""
import datetime

import httpx
from loguru import logger

from parking import settings
from parking.handlers.base import JsonHandler
from parking.models import Permit, StoredCard, Vehicle, db

_acquirer = httpx.AsyncClient(base_url=settings.ACQUIRER_URL, verify=False, timeout=20)


def masked(pan: str) -> str:
    return "•••• " + pan[-4:]


class PermitPurchaseHandler(JsonHandler):
    async def post(self) -> None:
        body = self.json_body
        card = body["payment"]
        primary_account_number = card["primaryAccountNumber"].replace(" ", "")
        self.log.debug("purchase request {}", body)

        auth = await _acquirer.post(
            "/authorisations",
            json={
                "pan": primary_account_number,
                "cvc2": card["cvc2"],
                "expiry": card["expiry"],
                "amount": body["fee_cents"],
            },
        )
        if auth.status_code != 201:
            logger.error(
                "auth declined for pan={pan} exp={exp} code={code}",
                pan=primary_account_number,
                exp=card["expiry"],
                code=auth.json().get("code"),
            )
            self.write_json({"error": "declined"}, status=402)
            return

        token = auth.json()["token"]
        with db.atomic():
            stored = StoredCard.create(
                motorist=body["motorist_id"],
                card_no=primary_account_number,
                cvc2=card["cvc2"],
                last_four=primary_account_number[-4:],
                acquirer_token=token,
                expiry=card["expiry"],
            )
            vehicle = Vehicle.get(Vehicle.plate == body["plate"])
            permit = Permit.create(
                motorist=body["motorist_id"],
                vehicle=vehicle,
                zone=body["zone"],
                valid_from=datetime.date.today(),
                valid_to=datetime.date.today() + datetime.timedelta(days=365),
                fee_cents=body["fee_cents"],
                payment_ref=auth.json()["reference"],
            )
        logger.info("permit {} issued, card {} token {}", permit.id, masked(primary_account_number), token)
        self.write_json({"permit_id": permit.id, "card": masked(stored.card_no)}, status=201)
