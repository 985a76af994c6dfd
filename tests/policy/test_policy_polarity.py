"""Polarity conventions and mechanisms of the reader on unseen policies (issue #6), each in our own wording:
"do not X unless Y" is a denial with a condition, tracking gated on consent is affirmed, a verbless "but not ..."
clause denies, a claim cites only its clause when another clause says the opposite, and a list lead-in's
citation skips the items that contradict it. See docs/claim-patterns.md, "Polarity conventions"."""

from __future__ import annotations

import pytest

from scanner.model import Claim
from scanner.policy import read_text


def claims(text: str) -> list[Claim]:
    return list(read_text(text).claims)


def of(text: str, kind: str) -> list[tuple[str, str]]:
    return [(c.polarity, c.modality) for c in claims(text) if c.type == kind]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("We will not pass your phone number to other companies unless you ask us to.", "shares_personal_data"),
        ("We do not disclose your child's records to third parties without a parent's written consent.", "shares_personal_data"),
        ("Photos of members are not published without the member's permission.", "shares_personal_data"),
        ("Other than for the purposes above, we do not sell your mailing address.", "sells_personal_data"),
    ],
)
def test_a_denial_with_an_exception_is_deny_and_conditional(sentence: str, kind: str) -> None:
    assert of(sentence, kind) == [("deny", "conditional")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Marketing cookies are not placed on your browser unless you accept them in the banner.",
        "We will not set analytics cookies until you click Allow.",
        "No measurement cookies are set before you make a choice in the consent window.",
        "Statistics cookies are switched off by default and only run once you opt in.",
    ],
)
def test_tracking_gated_on_consent_is_affirmed(sentence: str) -> None:
    assert {p for p, _ in of(sentence, "uses_cookies")} == {"affirm"}
    assert {p for p, _ in of(sentence, "consent_for_tracking")} == {"affirm"}


def test_consent_not_asked_is_still_a_denial() -> None:
    assert {p for p, _ in of("We do not ask for your consent before placing cookies.", "consent_for_tracking")} == {"deny"}


@pytest.mark.parametrize(
    ("sentence", "kind", "denied"),
    [
        ("We send the courier your name and street address, but not your phone number.", "shares_personal_data",
         "but not your phone number."),
        ("The app records your step count but never your location.", "collects", "but never your location."),
        ("We may share order data with our affiliates, but never with advertisers.", "shares_personal_data", "but never with advertisers."),
    ],
)
def test_a_verbless_but_not_clause_denies_the_same_practice(sentence: str, kind: str, denied: str) -> None:
    found = {c.polarity: c.text for c in claims(sentence) if c.type == kind}
    assert found.get("deny") == denied
    assert "affirm" in found and denied not in found["affirm"]


def test_but_not_always_is_no_denial() -> None:
    assert of("We collect your postcode, but not always.", "collects") == [("affirm", "definite")]


@pytest.mark.parametrize(
    ("sentence", "kind", "polarity", "cited", "not_cited"),
    [
        # the denial comes second: the affirmed clause is not in its citation
        ("We receive the plan you chose and its price, but we never receive your card number.", "collects", "deny",
         "we never receive your card number", "the plan you chose"),
        # the denial comes first: the claim's clause up to the end
        ("Direct messages are encrypted at rest but are not end-to-end encrypted.", "security_measures", "affirm",
         "Direct messages are encrypted at rest", "end-to-end"),
    ],
)
def test_a_claim_cites_its_own_clause_when_another_says_the_opposite(
    sentence: str, kind: str, polarity: str, cited: str, not_cited: str
) -> None:
    found = [c for c in claims(sentence) if c.type == kind and c.polarity == polarity]
    assert found and cited in found[0].text and not_cited not in found[0].text


def test_one_sided_sentences_cite_the_whole_sentence() -> None:
    text = "We never sell your personal information, and we do not give it to advertisers."
    assert [c.text for c in claims(text) if c.type == "sells_personal_data"] == [text]


@pytest.mark.parametrize(
    ("sentence", "bound"),
    [
        ("We won't keep support tickets longer than 18 months.", "P18M"),
        # six words between the negation and "more": "not to keep your draft text for more than"
        ("We promise not to keep your draft text for more than 48 hours.", "PT48H"),
    ],
)
def test_a_retention_bound_with_a_contracted_or_distant_negation_is_affirmed(sentence: str, bound: str) -> None:
    found = [c for c in claims(sentence) if c.type == "retention"]
    assert [(c.polarity, c.bound) for c in found] == [("affirm", bound)]


def test_not_at_all_after_is_a_denial_of_retention() -> None:
    assert {p for p, _ in of("Your passport number is not retained at all after the flight.", "retention")} == {"deny"}


def test_a_lead_in_does_not_cite_the_item_that_denies() -> None:
    text = (
        "We share information only as follows:\n\n"
        "- With delivery firms. They receive your name and address.\n"
        "- With the public. Your reviews are shown on product pages; your email address is never displayed.\n"
        "- With a buyer of our business, if we are sold.\n"
    )
    leads = [c for c in claims(text) if c.type == "shares_personal_data" and c.text.startswith("We share information")]
    assert leads and all("never displayed" not in c.text for c in leads)
    # the items after the denying one are still cited for the lead-in
    assert any("buyer of our business" in c.text for c in claims(text) if c.type == "shares_personal_data" and c.polarity == "affirm")


@pytest.mark.parametrize(
    ("sentence", "kind", "polarity"),
    [
        # a determiner reaches the second noun of a coordination
        ("The kiosk software contains no analytics or advertising scripts.", "third_party_advertising", "deny"),
        # a nominal trigger in a coordinated subject is denied by the verb after the whole subject
        ("Tracking pixels, web beacons and heatmap scripts are not placed on the patient portal.", "uses_web_beacons", "deny"),
        # logs cleaned of the data deny logging it
        ("Our request logs are stripped of email addresses and card numbers before storage.", "logs_personal_data", "deny"),
        # "nothing" opens a negation like "not"
        ("We have nothing to change when a browser sends a Do Not Track signal.", "honors_do_not_track", "deny"),
        # ", and <new subject> <verb>" opens a clause the first clause's negation does not reach
        ("Visitors abroad are not shown the banner, and advertising cookies may be set straight away.", "uses_cookies", "affirm"),
        # "in which case" opens its own clause
        ("Students may ask us to withhold their directory details, in which case none of it will be released.",
         "shares_personal_data", "deny"),
    ],
)
def test_negation_scope_over_coordination_and_clauses(sentence: str, kind: str, polarity: str) -> None:
    assert polarity in {c.polarity for c in claims(sentence) if c.type == kind}


@pytest.mark.parametrize(
    "text",
    [
        # a statement of legal bases says why, not what
        "*Legitimate interests*: to keep server logs and to measure our advertising.",
        "We rely on these legal bases: contract (deliveries), consent (marketing cookies) and legitimate interests.",
        # the policy about itself, and the company defining its name
        'Brightfold Ltd ("Brightfold", "we", "us") runs an online shop that collects orders.',
        "This privacy notice describes the information we collect and how we share it.",
        # a signal treated as an opt-out names the user's choice
        "We treat a Global Privacy Control signal as a request to opt out of the sharing of personal information.",
        "Most browsers let you block or delete cookies.",
        # a run-in heading names the paragraph's topic
        "- **Device data.** Our servers record the browser you use.",
    ],
)
def test_sentences_that_state_no_practice_of_their_own(text: str) -> None:
    found = claims(text)
    if text.startswith("- **Device data.**"):
        assert all(not c.text.startswith("**Device data") for c in found)
    else:
        assert [c.type for c in found if c.type not in ("honors_do_not_track", "consent_for_tracking")] == []


def test_a_denied_transfer_to_advertisers_is_sharing_not_advertising() -> None:
    found = {(c.type, c.polarity) for c in claims("We will not share your order history with advertisers.")}
    assert ("shares_personal_data", "deny") in found and not any(t == "third_party_advertising" for t, _ in found)
    # using data for advertising is still advertising
    found = {(c.type, c.polarity) for c in claims("None of it is used for advertising or shared with ad networks.")}
    assert ("third_party_advertising", "deny") in found
