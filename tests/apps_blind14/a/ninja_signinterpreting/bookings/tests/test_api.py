from unittest import mock

import pytest
from ninja.testing import TestClient

from bookings.api import router


@pytest.mark.django_db
def test_create_client_enqueues_welcome():
    client = TestClient(router)
    with mock.patch("bookings.api.send_welcome") as welcome:
        resp = client.post("/clients", json={"full_name": "Test Person", "email": "t@example.test"})
    assert resp.status_code == 200
    welcome.delay.assert_called_once()
