import pytest

from apiary.clients import gateway

TEST_TOKEN = "tok_comb_7Hq2LkP0"


@pytest.fixture
def phone_order_payload():
    return {
        "keeper_id": 7,
        "card_number": "4914673970129996",
        "card_cvc": "318",
        "card_expiry": "09/29",
        "total_pence": 2450,
    }


def test_charge_uses_token(monkeypatch):
    calls = []
    monkeypatch.setattr(gateway._session, "post", lambda url, json: calls.append(json) or type("R", (), {"status_code": 200, "json": lambda self: {"status": "succeeded"}})())
    gateway.charge(TEST_TOKEN, 1800, "adopt-1")
    assert calls[0]["source"] == TEST_TOKEN
