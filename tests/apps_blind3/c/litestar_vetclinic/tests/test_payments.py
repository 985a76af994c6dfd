import pytest

from vetclinic.services.payments import CardInput


@pytest.fixture
def visa() -> CardInput:
    return CardInput("TEST HOLDER", "4242424242424242", 12, 2030, "123")


def test_last4_and_bin(visa: CardInput) -> None:
    assert visa.last4 == "4242"
    assert visa.bin == "424242"


def test_amex_bin() -> None:
    card = CardInput("TEST AMEX", "378282246310005", 1, 2031, "1234")
    assert card.bin == "378282"
