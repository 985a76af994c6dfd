"""Precision of the ninth pass: what the new "someone else receives" and publication readings must not take (people of
our own and our users as subjects, data as the subject, aggregate figures), and a denial that keeps its scope."""

from __future__ import annotations

import pytest

from scanner.policy import read_text


def types_of(text: str) -> set[tuple[str, str]]:
    return {(c.type, c.polarity) for c in read_text(text).claims}


@pytest.mark.parametrize(
    "sentence",
    [
        "Customers receive an email confirming each delivery.",
        "Support agents see a restricted view of your account.",
        "Registered users can see their own booking history in the app.",
        "Certain kinds of information receive extra protection under state law.",
        "They receive only aggregate audience figures.",
    ],
)
def test_no_disclosure(sentence: str) -> None:
    assert ("shares_personal_data", "affirm") not in types_of(sentence)


def test_a_relative_clause_keeps_the_denial() -> None:
    assert types_of("We do not sell information we collect.") == {("sells_personal_data", "deny")}


def test_fronted_negation_with_auxiliary() -> None:
    assert ("shares_personal_data", "deny") in types_of("Under no circumstances do we disclose your test results to employers.")


# --- tenth pass (polreader9b) ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        'Sponsors ("patrons") of our gallery never receive lists of other donors.',
        "Contractors who service our exhibitions do not receive any visitor names.",
        "Our ticketing provider receives an order number and the seat you chose.",
        "A player flagged as vulnerable receives no bonus offers of any kind.",
    ],
)
def test_someone_else_receiving_is_no_collection(sentence: str) -> None:
    assert not any(t == "collects" for t, _ in types_of(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Our use of social media pixels may be considered targeted advertising under Virginia law.",
        "The marketing tags on our store may count as cross-context behavioral advertising under state law.",
    ],
)
def test_legal_reading_of_pixels_is_no_beacon_claim(sentence: str) -> None:
    assert not any(t in ("uses_web_beacons", "uses_cookies") for t, _ in types_of(sentence))
