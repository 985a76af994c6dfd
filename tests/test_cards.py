"""One Luhn check for every stage, and no stage's masker lets a full card number through."""

from __future__ import annotations

import pytest

from reports.mask import mask_text as report_mask
from scanner.cards import luhn
from scanner.code.mask import mask_text as code_mask
from scanner.crawl.beacons import mask_cards as crawl_mask


@pytest.mark.parametrize("number", ["4111111111111111", "5555555555554444", "378282246310005", "6011111111111117"])
def test_valid_numbers(number: str) -> None:
    assert luhn(number)
    assert not luhn(number[:-1] + str((int(number[-1]) + 1) % 10))


@pytest.mark.parametrize("mask", [report_mask, code_mask, crawl_mask])
@pytest.mark.parametrize("text", ["pan=4111111111111111", "card 5555 5555 5555 4444 ok", "amex:3782-822463-10005"])
def test_every_masker_hides_full_numbers(mask: object, text: str) -> None:
    out = mask(text)  # type: ignore[operator]
    digits = "".join(c for c in text if c.isdigit())
    assert digits not in "".join(c for c in out if c.isdigit() or c == "*")
    assert out.replace("*", "") != text.replace("*", "")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("pan=4111111111111111", "pan=************1111"),
        ("card 5555 5555 5555 4444 ok", "card **** **** **** 4444 ok"),
        ("amex:3782-822463-10005", "amex:****-******-*0005"),
    ],
)
def test_every_stage_prints_one_format(text: str, want: str) -> None:
    assert report_mask(text) == code_mask(text) == crawl_mask(text) == want
