"""Precision of the tenth pass, in wordings of our own: a denial spelled out after a semicolon is no affirmation of
what remains, a practice denied by its predicate is no affirmation ("... is not something we would consider"), what a
customer pays us for is no sale, and analytics of our own is no vendor's."""

from __future__ import annotations

import pytest

from scanner.policy import read_text


def polarity_of(text: str, kind: str) -> set[str]:
    return {c.polarity for c in read_text(text).claims if c.type == kind}


def test_denial_restated_after_semicolon() -> None:
    text = "Card numbers are never written to our payment logs; the log keeps only a transaction reference."
    assert polarity_of(text, "logs_personal_data") == {"deny"}


def test_gerund_denied_by_predicate_is_no_affirmation() -> None:
    text = "Our customers' addresses stay with us. Renting them out is not something we would ever consider."
    assert "affirm" not in polarity_of(text, "sells_personal_data")


def test_what_a_customer_pays_for_is_no_sale() -> None:
    text = "You pay us for your subscription, and your billing address is kept with your account."
    assert polarity_of(text, "sells_personal_data") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "We use basic analytics, which we host ourselves.",
        "Cookies set by our own analytics are strictly necessary.",
    ],
)
def test_analytics_of_our_own_is_no_vendor(sentence: str) -> None:
    assert polarity_of(sentence, "third_party_analytics") == set()
