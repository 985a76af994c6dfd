import pytest

from app import create_app
from app.extensions import db


@pytest.fixture()
def client(monkeypatch):
    app = create_app("config.TestConfig")
    monkeypatch.setattr("app.integrations.sprig.identify", lambda m: None)
    monkeypatch.setattr("app.members.routes.queue", lambda name: type("Q", (), {"enqueue": lambda *a, **k: None})())
    with app.app_context():
        db.create_all()
        yield app.test_client()
        db.drop_all()


def test_create_member_returns_id(client):
    resp = client.post("/api/members", json={"full_name": "Ada Pike", "email": "ada@example.org"})
    assert resp.status_code == 201
    assert resp.get_json()["id"] == 1


def test_duplicate_email_conflicts(client):
    client.post("/api/members", json={"full_name": "Ada Pike", "email": "ada@example.org"})
    resp = client.post("/api/members", json={"full_name": "Ada P", "email": "ada@example.org"})
    assert resp.status_code == 409
