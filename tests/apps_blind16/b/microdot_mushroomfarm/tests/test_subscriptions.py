from unittest import mock

from microdot.test_client import TestClient

from mushroomfarm.app import app


async def test_duplicate_member_is_rejected():
    client = TestClient(app)
    with mock.patch("mushroomfarm.routes.subscriptions.Member") as member:
        member.email_index.query.return_value = [object()]
        res = await client.post("/api/subscriptions/", body={
            "email": "ines.varga@example.org", "name": "Ines Varga", "password": "hunter22", "kit": "oyster",
        })
    assert res.status_code == 409
