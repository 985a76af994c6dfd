import httpx
import pytest
import respx

from printshop.services.gateway import GatewayError, PaywellClient
from printshop.settings import GatewaySettings

VISA_TEST = "4111111111111111"
DECLINE_TEST = "4000000000000002"


@pytest.fixture
async def client():
    c = PaywellClient(GatewaySettings(base_url="https://sandbox.paywell.example/v2"))
    yield c
    await c.close()


@respx.mock
async def test_keyed_charge_success(client):
    respx.post("https://sandbox.paywell.example/v2/charges").mock(
        return_value=httpx.Response(201, json={"id": "ch_123", "status": "captured"})
    )
    charge = await client.charge_keyed(VISA_TEST, "12/29", "123", 4500, "INK-TEST01")
    assert charge.reference == "ch_123"


@respx.mock
async def test_keyed_charge_decline(client):
    respx.post("https://sandbox.paywell.example/v2/charges").mock(
        return_value=httpx.Response(402, json={"code": "card_declined", "message": "Declined"})
    )
    with pytest.raises(GatewayError):
        await client.charge_keyed(DECLINE_TEST, "12/29", "123", 4500, "INK-TEST02")
