import json
from unittest import mock

import pytest
from webtest import TestApp

from locksmith.clients import gateway
from locksmith.logs import mask_pan


@pytest.fixture()
def app(monkeypatch):
    monkeypatch.setattr("locksmith.db.pool.open", lambda: None)
    from locksmith.app import create_app

    return TestApp(create_app())


def test_mask_pan_keeps_bin_and_last_four():
    assert mask_pan("4242 4242 4242 4242") == "424242******4242"
    assert mask_pan("12345") == "****"


def test_phone_payment_declined_is_402(app, monkeypatch):
    monkeypatch.setattr(gateway, "charge_phone_card",
                        mock.Mock(side_effect=gateway.PartnerError("x", 402, b"{}")))
    body = {"card": {"number": "4000000000000002", "expiry": "09/27", "cvc": "123", "name_on_card": "A Test"}}
    res = app.post_json("/api/payments/callouts/17/phone", body, expect_errors=True)
    assert res.status_int == 402


def test_site_payment_masks_receipt(app, monkeypatch):
    monkeypatch.setattr(gateway, "charge_site_payment", mock.Mock(return_value={"id": "pz_1", "status": "captured"}))
    body = {
        "job_id": 17, "engineer_id": 3, "amount_pence": 14500, "card_number": "5555555555554444",
        "expiry": "11/26", "cvv": "321", "cardholder": "A Test", "entry_mode": "keyed",
    }
    res = app.post_json("/api/payments/site", body)
    assert res.json["receipt_card"] == "555555******4444"
    assert "5555555555554445" not in json.dumps(res.json)
