"""Negation scope on unseen wordings (issue #6), each mechanism in our own words: a determiner reaches every noun
of a list, a passive "neither ... nor" subject is what is denied, switching a tool off and removing it deny it, an
elliptic "and not at ..." aside ends at its comma, a negation inside the trigger's own condition or a relative
clause does not deny the practice, an opening "without your consent" gates tracking, masking data in logs denies
logging it. See docs/claim-patterns.md, "Polarity conventions"."""

from __future__ import annotations

import pytest

from scanner.policy import read_text


def of(text: str, kind: str) -> list[tuple[str, str]]:
    return [(c.polarity, c.modality) for c in read_text(text).claims if c.type == kind]


@pytest.mark.parametrize(
    ("sentence", "kind", "polarity"),
    [
        # a determiner denial reaches each noun of its list
        ("The members' area has no marketing cookies, conversion pixels or third-party analytics tools.", "third_party_analytics", "deny"),
        ("The members' area has no marketing cookies, conversion pixels or third-party analytics tools.", "uses_web_beacons", "deny"),
        # ...but not across a verb: the second noun has its own clause
        ("There are no advertising cookies on this site, and we use Google Analytics to count visits.", "third_party_analytics", "affirm"),
        # a passive predicate after "neither ... nor" denies its subject
        ("Neither third-party analytics nor marketing pixels are loaded in the reader app.", "third_party_analytics", "deny"),
        # tools switched off or removed
        ("For younger players, the Mixpanel analytics SDK is switched off.", "third_party_analytics", "deny"),
        ("We have removed all advertising pixels from the checkout pages.", "uses_web_beacons", "deny"),
        # an elliptic aside closed by its comma does not reach the verb after it
        ("Our blog, which is written for parents and not for pupils, uses Google Analytics.", "third_party_analytics", "affirm"),
        (
            "We serve only contextual adverts, chosen by topic and not by your history, from ad networks we vet.",
            "third_party_advertising",
            "affirm",
        ),
        # a negation inside the trigger's own condition or in a relative clause of the subject
        ("We erase the guardian's phone number if we do not hear back within ten days.", "retention", "affirm"),
        ("Draft projects that have not been opened for two years are archived and then deleted.", "retention", "affirm"),
        ("Mailing lists that are no longer used are deactivated and deleted after a year.", "retention", "affirm"),
        # masking data in logs keeps it out of them
        ("Passport numbers are redacted in our server logs.", "logs_personal_data", "deny"),
        ("Our error logs are configured to mask email addresses and phone numbers.", "logs_personal_data", "deny"),
        ("Our error logs record the IP address of each request.", "logs_personal_data", "affirm"),
        # "until then" refers back: it gates nothing
        ("The map loads only when you click it. Until then, no data is sent to the map provider.", "shares_personal_data", "deny"),
    ],
)
def test_negation_scope(sentence: str, kind: str, polarity: str) -> None:
    assert [p for p, _ in of(sentence, kind)] == [polarity]


def test_an_opening_without_consent_gates_tracking() -> None:
    sentence = "Without your consent, no marketing cookies are stored on your computer."
    assert of(sentence, "uses_cookies") == [("affirm", "conditional")]
    assert of(sentence, "consent_for_tracking") == [("affirm", "conditional")]
    # a non-tracking practice stays a denial with its condition
    assert of("Without your consent, we do not pass your address to other charities.", "shares_personal_data") == [("deny", "conditional")]


def test_once_as_an_adverb_opens_no_condition() -> None:
    sentence = "The security code is checked once with the bank, and under no circumstances is it stored."
    assert [p for p, _ in of(sentence, "stores_card_security_code")] == ["deny"]
