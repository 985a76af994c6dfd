import pytest

from app import create_app, db
from app.models import Patient, PaymentCard


@pytest.fixture()
def client():
    app = create_app("app.config.TestConfig")
    with app.app_context():
        db.create_all()
        db.session.add(Patient(id=1, email="t@example.test", full_name="Test", date_of_birth="1990-01-01"))
        db.session.commit()
    yield app.test_client()


def test_checkout_stores_last4_only_in_response(client, monkeypatch):
    monkeypatch.setattr("app.services.card_vault.VaultClient.tokenize", lambda *a: "vt_test")
    resp = client.post(
        "/api/orders/checkout",
        json={
            "patient_id": 1,
            "rx_number": "RX1",
            "card": {"number": "4111 1111 1111 1111", "cvv": "123", "exp": "12/30"},
        },
    )
    assert resp.status_code == 201
    assert resp.get_json()["card"] == {"last4": "1111"}


def test_mask_keeps_bin_and_last4():
    from app.routes.orders import _mask

    assert _mask("5555555555554444") == "555555******4444"
