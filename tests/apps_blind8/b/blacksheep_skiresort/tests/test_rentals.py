from __future__ import annotations

from datetime import date

import pytest
import respx
from httpx import Response

from skiresort.models.guest import Guest
from skiresort.models.rental import RentalItem
from skiresort.services.gateway import AcquirerClient, ShopPosBridge, mask_pan
from skiresort.services.rentals import RentalService

VISA_OK = "4242424242424242"
NOT_LUHN = "4242424242424241"


@pytest.fixture
def guest() -> Guest:
    return Guest(
        first_name="Test",
        last_name="Skier",
        email="skier@example.test",
        date_of_birth=date(1990, 1, 1),
    )


def test_mask_pan_keeps_bin_and_last4():
    assert mask_pan(VISA_OK) == "424242******4242"
    assert mask_pan(NOT_LUHN).endswith("4241")


@pytest.mark.asyncio
@respx.mock
async def test_open_agreement_places_hold(guest, monkeypatch, beanie_db):
    respx.post("https://api.alpinepay.eu/v2/holds").mock(return_value=Response(201, json={"id": "hld_test1"}))
    respx.post(url__regex=r"http://10\.40\.2\.15:8085/pos/deposits").mock(return_value=Response(204))
    await guest.insert()
    service = RentalService(AcquirerClient(), ShopPosBridge())
    agreement = await service.open_agreement(
        guest,
        [RentalItem(sku="SKI-1", kind="skis", serial="S1", day_rate_cents=3900)],
        "Test Skier",
        VISA_OK,
        12,
        2030,
        None,
        2,
    )
    assert agreement.deposit_card.acquirer_hold_id == "hld_test1"
