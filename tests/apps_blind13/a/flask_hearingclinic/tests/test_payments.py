import pytest

from app import create_app
from app.extensions import db


class TestConfig:
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite://"
    CELERY = {"task_always_eager": True, "broker_url": "memory://"}
    LOG_LEVEL = "DEBUG"
    LOG_JSON = False
    PAYGATE_BASE_URL = "http://127.0.0.1:9099"
    PAYGATE_KEY = "test"
    PAYGATE_VERIFY_TLS = True


@pytest.fixture
def client():
    app = create_app(TestConfig)
    with app.app_context():
        db.create_all()
        yield app.test_client()


def test_phone_payment_requires_order(client):
    resp = client.post("/api/payments/orders/999/phone", json={"number": "4000000000000002", "cvc": "123", "expiry": "12/29", "cardholder": "T Tester"})
    assert resp.status_code == 404
