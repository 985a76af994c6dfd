import pytest
from httpx import ASGITransport, AsyncClient

from app.main import app


@pytest.mark.asyncio
async def test_saved_card_requires_last4():
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client:
        resp = await client.post("/stays/1/saved-card", json={"tillgate_token": "tg_tok_8Jd2", "brand": "visa", "last4": "12", "exp_month": 4, "exp_year": 2028})
    assert resp.status_code == 422


@pytest.mark.asyncio
async def test_deposit_card_rejects_short_number():
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client:
        resp = await client.post("/stays/1/deposit-card", json={"cardholder": "T Test", "card_number": "4000", "expiry": "04/28", "cvc": "123"})
    assert resp.status_code == 422
