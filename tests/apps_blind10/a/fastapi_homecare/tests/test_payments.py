from decimal import Decimal

import httpx
import pytest
import respx

from app.integrations import tallypay
from app.schemas import PhonePaymentIn


@respx.mock
def test_charge_card_returns_gateway_id():
    respx.post("https://api.tallypay.example/v2/charges").mock(
        return_value=httpx.Response(201, json={"id": "ch_8812", "status": "captured"})
    )
    ref = tallypay.charge_card(
        number="4111111111111111", cvc="123", expiry="09/28", amount=Decimal("42.50"), reference="PP1"
    )
    assert ref == "ch_8812"


@respx.mock
def test_declined_card_raises():
    respx.post("https://api.tallypay.example/v2/charges").mock(
        return_value=httpx.Response(402, json={"error": {"code": "card_declined", "message": "Do not honour"}})
    )
    with pytest.raises(tallypay.GatewayDeclined):
        tallypay.charge_card(
            number="4000000000000002", cvc="123", expiry="09/28", amount=Decimal("10"), reference="PP2"
        )


def test_phone_payment_repr_hides_card():
    body = PhonePaymentIn(
        client_id=7,
        payer_name="Test Payer",
        card_number="4111111111111112",
        card_cvc="999",
        card_expiry="01/29",
        amount=Decimal("15.00"),
    )
    assert "4111111111111112" not in repr(body)
    assert "999" not in repr(body)
