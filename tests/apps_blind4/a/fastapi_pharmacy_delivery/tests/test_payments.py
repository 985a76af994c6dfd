import httpx
import pytest
from decimal import Decimal

from app.schemas import CardDetails
from app.services.payments import PayCoreClient, PaymentDeclined


def _card(number: str = "4242424242424242") -> CardDetails:
    return CardDetails(card_number=number, exp_month=12, exp_year=2030, cvv="123", cardholder="Jane Tester")


def test_card_number_is_normalised():
    card = _card("4000 0566 5566 5556")
    assert card.card_number == "4000056655665556"
    assert card.last4 == "5556"
    assert card.bin == "400005"


@pytest.mark.asyncio
async def test_decline_raises():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/tokens"):
            return httpx.Response(200, json={"id": "tok_test"})
        return httpx.Response(402, json={"decline_code": "insufficient_funds"})

    client = httpx.AsyncClient(transport=httpx.MockTransport(handler), base_url="https://gw.test")
    gw = PayCoreClient(client)
    token = await gw.tokenize(_card("4000000000009995"))
    with pytest.raises(PaymentDeclined):
        await gw.charge(order_number="RX-TEST", amount=Decimal("5.00"), token=token)
