from decimal import Decimal

import httpx
import pytest
import respx

from escaperooms.services.payments import CardInput, PaymentGateway, fingerprint, mask

VISA_OK = "4242424242424242"
MC_DECLINE = "5105105105105100"


def make_card(number: str = VISA_OK) -> CardInput:
    return CardInput(card_number=number, exp_month=12, exp_year=2030, cvc="123", holder="Test Player")


def test_mask_keeps_last_four():
    assert mask(VISA_OK) == "************4242"


def test_fingerprint_is_stable():
    assert fingerprint(VISA_OK) == fingerprint(make_card().card_number)


@pytest.mark.asyncio
@respx.mock(base_url="https://gw.test")
async def test_tokenize_returns_token(respx_mock):
    respx_mock.post("/tokens").mock(return_value=httpx.Response(200, json={"token": "tok_123"}))
    gw = PaymentGateway(base_url="https://gw.test", api_key="k")
    assert await gw.tokenize(make_card()) == "tok_123"


@pytest.mark.asyncio
@respx.mock(base_url="https://gw.test")
async def test_charge_decline(respx_mock):
    respx_mock.post("/charges").mock(
        return_value=httpx.Response(200, json={"id": "ch_1", "status": "declined", "decline_code": "do_not_honor"})
    )
    gw = PaymentGateway(base_url="https://gw.test", api_key="k")
    result = await gw.charge("tok_x", Decimal("10.00"), "ABCD1234")
    assert result.decline_code == "do_not_honor"
