"""Claim extraction sentence by sentence: negation scope, bounds, modality, conditions, the contexts that
are not claims, citations (exact offsets into the text as given) and stable ids."""

from __future__ import annotations

import pytest

from scanner.model import Claim
from scanner.policy import read_text


def claims_of(text: str) -> dict[str, Claim]:
    return {c.type: c for c in read_text(text).claims}


@pytest.mark.parametrize(
    ("sentence", "kind", "polarity"),
    [
        ("We do not sell your personal information.", "sells_personal_data", "deny"),
        ("We never rent or trade customer data.", "sells_personal_data", "deny"),
        ("None of the data that is collected by us is sold to anyone.", "sells_personal_data", "deny"),
        ("No personal information is shared with advertisers.", "shares_personal_data", "deny"),
        ("We share no personal information with third parties.", "shares_personal_data", "deny"),
        (
            "We do not sell or ship products to minors, nor do we collect personal data from children under 13.",
            "collects_from_children",
            "deny",
        ),
        ("We process card payments without storing the full card number.", "stores_full_card_number", "deny"),
        ("Credit card numbers are never stored on our servers.", "stores_full_card_number", "deny"),
        ("We share your email address with our shipping partners.", "shares_personal_data", "affirm"),
        ("Backups are not kept longer than six months.", "retention", "affirm"),
        ("We will not set analytics cookies without your consent.", "consent_for_tracking", "affirm"),
        ("Essential cookies are set without consent.", "consent_for_tracking", "deny"),
        ("We do not respond to Do Not Track signals.", "honors_do_not_track", "deny"),
        ("We honor Do Not Track signals.", "honors_do_not_track", "affirm"),
        ("Your IP address is not linked to your account.", "links_ip_to_identity", "deny"),
        ("Our cookies do not contain personal information.", "uses_cookies", "affirm"),
        ("Neither Google nor Facebook receives your personal data.", "shares_personal_data", "deny"),
    ],
)
def test_polarity(sentence: str, kind: str, polarity: str) -> None:
    found = claims_of(sentence)
    assert kind in found, f"no {kind} in {sentence!r}: {sorted(found)}"
    assert found[kind].polarity == polarity


def test_a_bound_is_not_a_denial_and_becomes_a_duration() -> None:
    claim = claims_of("These backups are not kept longer than six months.")["retention"]
    assert (claim.polarity, claim.bound) == ("affirm", "P6M")
    assert claims_of("We keep order records for seven (7) years.")["retention"].bound == "P7Y"
    assert claims_of("Server logs are deleted within 30 days.")["retention"].bound == "P30D"


@pytest.mark.parametrize(
    ("sentence", "kind", "modality"),
    [
        ("We may share your information with our affiliates.", "shares_personal_data", "possible"),
        ("We collect your name and email address.", "collects", "definite"),
        ("We will disclose personal data if required to do so by law.", "shares_personal_data", "conditional"),
        ("With your permission, the app sends us usage statistics.", "collects", "conditional"),
        ("If you subscribe, we collect your email address.", "collects", "conditional"),
        ("When you register, we collect your email address.", "collects", "definite"),
    ],
)
def test_modality(sentence: str, kind: str, modality: str) -> None:
    claim = claims_of(sentence)[kind]
    assert claim.modality == modality
    if modality == "conditional":
        assert claim.condition


@pytest.mark.parametrize(
    "sentence",
    [
        "This policy explains how we collect and use the information that we collect.",  # wh- and relative clauses
        "Please do not share your password with anyone.",  # the user's obligation
        "You can delete cookies in your browser settings.",  # the user's option
        "What information do we collect?",  # a question heading
        "If you share content publicly, other users can see it.",  # an antecedent, not a practice
        "Any information we share in this manner is aggregated.",
    ],
)
def test_contexts_that_are_not_claims(sentence: str) -> None:
    found = claims_of(sentence)
    assert not ({"collects", "shares_personal_data", "uses_cookies"} & set(found)), found


def test_claims_cite_their_sentence_by_exact_offsets_and_section() -> None:
    text = "# Privacy\n\n## Cookies\n\nHello there. We use cookies to remember\n   your cart. We do not sell your data.\n"
    result = read_text(text)
    assert result.claims
    for claim in result.claims:
        assert text[claim.start : claim.end] == claim.text
        assert claim.section == "Cookies"
    cookie = next(c for c in result.claims if c.type == "uses_cookies")
    assert cookie.text == "We use cookies to remember\n   your cart."


def test_list_items_are_cited_with_their_lead_in() -> None:
    text = "We collect the following information:\n\n- your name\n- your email address\n\nThank you.\n"
    claim = claims_of(text)["collects"]
    assert "email address" in claim.text and claim.text.startswith("We collect")
    assert {"name", "email"} <= set(claim.data_types)


def test_ids_are_stable_and_unique() -> None:
    text = "We use cookies. We do not sell your data.\n\nWe use cookies.\n"
    first, second = read_text(text).claims, read_text("Intro line here.\n\n" + text).claims
    assert [c.id for c in first] == [c.id for c in second]
    assert len({c.id for c in first}) == len(first) == 3


def test_data_types_recipients_and_purposes() -> None:
    claim = claims_of("We share your email address and IP address with advertising partners to show you targeted ads.")[
        "shares_personal_data"
    ]
    assert {"email", "ip_address"} <= set(claim.data_types)
    assert "advertisers" in claim.recipients and "advertising" in claim.purposes


def test_abbreviations_do_not_split_sentences() -> None:
    text = "We use cookies (i.e. small text files), e.g. for sessions. Acme Inc. does not sell data. U. S. law applies."
    sentences = [c.text for c in read_text(text).claims]
    assert "We use cookies (i.e. small text files), e.g. for sessions." in sentences
    assert "Acme Inc. does not sell data." in sentences
