import pytest
from webtest import TestApp

from forge import main


@pytest.fixture
def app(monkeypatch):
    settings = {
        "sqlalchemy.url": "postgresql://forge@localhost:5432/forge_test",
        "kombu.broker_url": "memory://",
        "forge.terminal.base_url": "http://127.0.0.1:8088/api",
        "forge.gateway.base_url": "https://sandbox.ironmongerpay.co.uk/v2",
        "forge.pardot.base_url": "https://pi.demo.pardot.com/api/v5",
        "forge.pardot.business_unit_id": "test",
        "forge.clearbit.base_url": "https://person.clearbit.com/v2",
        "forge.tealium.collect_url": "https://collect.tealiumiq.com/event",
        "forge.tealium.account": "hammerfold",
        "forge.tealium.profile": "dev",
    }
    return TestApp(main({}, **settings))


def test_terminal_sale_offline_is_parked(app):
    res = app.post_json(
        "/forge-terminal/sales",
        {"terminal_id": "BARN-02", "amount_pence": 4500, "pan": "4000000000000002", "cvc": "123"},
        status=202,
    )
    assert res.json["status"] == "parked"


def test_gift_voucher_code_is_not_a_card():
    voucher_code = "FORGE-2025-0042-7781"
    assert voucher_code.startswith("FORGE")
