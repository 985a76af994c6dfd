import pytest
from litestar.testing import AsyncTestClient

from app.main import app
from app.services.payments import mask_pan


def test_mask_pan_keeps_bin_and_last4() -> None:
    assert mask_pan("4242 4242 4242 4242") == "424242******4242"


@pytest.mark.asyncio
async def test_checkout_with_test_card(respx_mock) -> None:
    respx_mock.post("https://api.paystream.io/v2/tokens").respond(200, json={"id": "tok_123"})
    respx_mock.post("https://api.paystream.io/v2/charges").respond(
        200,
        json={
            "id": "pi_1",
            "status": "succeeded",
            "payment_method_details": {"card": {"brand": "visa", "last4": "4242", "exp_month": 12, "exp_year": 2030}},
        },
    )
    async with AsyncTestClient(app=app) as client:
        resp = await client.post(
            "/api/checkout/",
            json={
                "event_slug": "spring-gala",
                "quantity": 2,
                "full_name": "Test Buyer",
                "email": "buyer@example.com",
                "card": {"number": "4242424242424242", "exp_month": 12, "exp_year": 2030, "cvc": "123", "holder": "Test Buyer"},
            },
        )
    assert resp.status_code == 201
    assert resp.json()["card_last4"] == "4242"
