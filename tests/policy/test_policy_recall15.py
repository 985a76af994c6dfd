"""Recall and polarity of the fifteenth pass, in wordings of our own (none taken from a corpus policy): an identity
document said not to be copied in the passive or "itself", and disclosures to debt collectors, debt buyers, consumer
reporting agencies, the police and a coast guard."""

from __future__ import annotations

import pytest

from scanner.policy import read_text


def claims_of(text: str) -> set[tuple[str, str]]:
    return {(c.type, c.polarity) for c in read_text(text).claims}


@pytest.mark.parametrize(
    "sentence, polarity",
    [
        ("The receptionist checks your driving licence; the licence is not photocopied or scanned.", "deny"),
        ("We look at the ID you show us, but we never photograph the document itself.", "deny"),
        ("At boarding, passports are scanned by the gate reader.", "affirm"),
    ],
)
def test_identity_documents_copied_or_not(sentence: str, polarity: str) -> None:
    assert ("collects", polarity) in claims_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "If a bill stays unpaid we may pass your details to a collection agency.",
        "Overdue accounts, with the account holder's contact details, may be transferred to debt buyers.",
        "Unpaid balances may be reported to consumer reporting agencies.",
        "We give CCTV footage to the police when they ask for it in an investigation.",
    ],
)
def test_disclosures_to_collectors_and_authorities(sentence: str) -> None:
    assert ("shares_personal_data", "affirm") in claims_of(sentence)


def test_property_kept_at_a_desk_is_no_disclosure() -> None:
    assert ("shares_personal_data", "affirm") not in claims_of("Lost property is kept at the reception desk for 30 days.")
