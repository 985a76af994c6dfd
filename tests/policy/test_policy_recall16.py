"""Recall and polarity of the sixteenth pass, in wordings of our own (none taken from a corpus policy): other messages
said to carry (or not) the tracking image a policy described earlier, card data said to travel in encrypted form, and
no part of a card number kept or printed."""

from __future__ import annotations

import pytest

from scanner.policy import read_text


def claims_of(text: str) -> set[tuple[str, str]]:
    return {(c.type, c.polarity) for c in read_text(text).claims}


@pytest.mark.parametrize(
    "sentence, polarity",
    [
        ("Booking receipts and reminder texts do not include this image.", "deny"),
        ("Password reset emails never carry such a picture.", "deny"),
        ("Our monthly digest contains the same small image.", "affirm"),
    ],
)
def test_the_tracking_image_in_other_messages(sentence: str, polarity: str) -> None:
    assert ("uses_web_beacons", polarity) in claims_of(sentence)


def test_an_image_of_something_else_is_no_beacon() -> None:
    assert not any(t == "uses_web_beacons" for t, _ in claims_of("The gallery page shows a photo of each boat."))


@pytest.mark.parametrize(
    "sentence",
    [
        "Card data goes from the reader to the acquirer in encrypted form.",
        "At the kiosk, the card number travels encrypted to our payment provider.",
    ],
)
def test_card_data_travelling_encrypted(sentence: str) -> None:
    assert ("encrypts_in_transit", "affirm") in claims_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Printed receipts do not show any part of the card number.",
        "We never store any part of your card number on our own systems.",
    ],
)
def test_no_part_of_the_card_number(sentence: str) -> None:
    assert ("stores_partial_card", "deny") in claims_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The members' area notes the date and IP address of every login.",
        "Our booking system keeps an audit trail of who opened each file.",
        "The clinic records management software has audit logs showing which clinician changed a note.",
    ],
)
def test_access_records_kept(sentence: str) -> None:
    assert ("logs_personal_data", "affirm") in claims_of(sentence)


@pytest.mark.parametrize(
    "sentence, claim",
    [
        ("We never pass our member register to other organisations.", ("shares_personal_data", "deny")),
        ("We place our own adverts on social networks through the Tallyreach tag.", ("third_party_advertising", "affirm")),
    ],
)
def test_registers_and_our_ads_elsewhere(sentence: str, claim: tuple[str, str]) -> None:
    assert claim in claims_of(sentence)
