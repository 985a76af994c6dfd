import pytest

from drivingschool.handlers.payments import mask_pan


@pytest.mark.parametrize(
    "pan,expected",
    [
        ("4242424242424242", "424242******4242"),
        ("5555 5555 5555 4444", "555555******4444"),
        ("378282246310005", "378282******0005"),
        ("12", "****"),
    ],
)
def test_mask_pan(pan, expected):
    assert mask_pan(pan) == expected
