import json

import pytest

from app import app, db
from tuneline.models import CarePlanCard, Customer


@pytest.fixture()
def client():
    with db.connection():
        yield app.test_client()


@pytest.fixture()
def customer():
    with db.connection():
        row = Customer.create(name="Test Tuner", email="qa@tuneline.example", phone="0200000000",
                              address="1 Test Row", postcode="E10 5AA")
        db.commit()
        return row.id


def test_enrol_keeps_last_four(client, customer):
    res = client.post(
        "/api/care-plans",
        data=json.dumps({
            "customer_id": customer,
            "price_pence": 18000,
            "card": {"name": "Test Tuner", "number": "4242424242424242", "expiry": "12/29", "cvc": "123"},
        }),
        headers=[("content-type", "application/json")],
    )
    assert res.status == 200
    plan_id = json.loads(res.data)["plan"]
    res = client.get(f"/api/care-plans/{plan_id}")
    assert json.loads(res.data)["card"]["last4"] == "4242"


def test_forget_card_clears_code(client, customer):
    client.post(
        "/api/care-plans",
        data=json.dumps({
            "customer_id": customer,
            "price_pence": 18000,
            "card": {"name": "Test Tuner", "number": "5555555555554444", "expiry": "01/30", "cvc": "999"},
        }),
        headers=[("content-type", "application/json")],
    )
    with db.connection():
        card = CarePlanCard.all().select().last()
        client.delete(f"/api/care-plans/{card.care_plan}/card")
        assert CarePlanCard.get(card.id).card_cvc is None


def test_rejects_mistyped_number(client, customer):
    res = client.post(
        "/api/care-plans",
        data=json.dumps({
            "customer_id": customer,
            "price_pence": 18000,
            "card": {"name": "Test Tuner", "number": "4242424242424241", "expiry": "12/29", "cvc": "123"},
        }),
        headers=[("content-type", "application/json")],
    )
    assert res.status == 422
