"""Precision and polarity of the eighth pass (issue #6), each in our own wording: "nor" denies the verb it opens,
"no actual knowledge that we sell" denies the sale, processing "in accordance with" a law states no practice, a
colon spelling out a denial with "only" is no affirmation, and a kind of cookie named "analytics" names no
analytics provider."""

from __future__ import annotations

import pytest

from scanner.policy import read_text


def of(text: str, kind: str) -> list[str]:
    return [c.polarity for c in read_text(text).claims if c.type == kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "We do not sell your personal information, nor do we provide them to data brokers.",
        "We never rent customer lists, nor do we give your email address to marketing companies.",
    ],
)
def test_nor_denies_its_own_verb(sentence: str) -> None:
    assert of(sentence, "shares_personal_data") == ["deny"]


@pytest.mark.parametrize(
    "sentence",
    [
        "We have no actual knowledge that we sell the personal information of consumers under 16.",
        "We do not have actual knowledge that we sell personal information of minors under 16.",
    ],
)
def test_no_knowledge_of_a_sale_denies_it(sentence: str) -> None:
    assert of(sentence, "sells_personal_data") == ["deny"]


@pytest.mark.parametrize(
    "sentence, polarity",
    [
        ("We process your data in accordance with the Data Protection Act 1998 and the GDPR.", []),
        ("In Canada we process personal information in accordance with the Personal Information Protection and Electronic"
         " Documents Act.", []),
        ("We process your name and email address to send the newsletter.", ["affirm"]),
    ],
)
def test_processing_in_accordance_with_a_law_is_no_collection(sentence: str, polarity: list[str]) -> None:
    assert of(sentence, "collects") == polarity


def test_a_colon_spelling_out_a_denial_is_no_affirmation() -> None:
    text = "We do not log personal data: our application logs contain order numbers and technical error details only."
    assert of(text, "logs_personal_data") == ["deny"]
    # without the restriction the second clause is a practice of its own
    both = "We do not log card numbers; our application logs contain your IP address and your email address."
    assert sorted(of(both, "logs_personal_data")) == ["affirm", "deny"]


@pytest.mark.parametrize(
    "sentence, recipients",
    [
        ("Analytics and advertising cookies are set only after you have accepted them.", ()),
        ("We share usage data with our analytics partners.", ("analytics_providers", "partners")),
        ("With your consent, we use Google Analytics to count visits.", ("analytics_providers",)),
    ],
)
def test_a_kind_of_cookie_names_no_recipient(sentence: str, recipients: tuple[str, ...]) -> None:
    claims = read_text(sentence).claims
    assert claims and all(c.recipients == recipients for c in claims)


@pytest.mark.parametrize(
    "sentence, kind, polarity",
    [
        ("Two-factor authentication is not currently available for learner accounts.", "security_measures", ["deny"]),
        ("Results are kept for three years, but no ID images are kept at all.", "retention", ["affirm", "deny"]),
        ("The screening company collects your identity documents directly.", "collects", []),
        ("The Company collects your name and email address.", "collects", ["affirm"]),
    ],
)
def test_polarity_of_unavailable_features_denied_images_and_other_collectors(sentence: str, kind: str, polarity: list[str]) -> None:
    assert sorted(of(sentence, kind)) == polarity


@pytest.mark.parametrize(
    "text, uses, consent",
    [
        # a refusal: consent is asked, the cookies are denied under a condition
        ("No analytics or marketing cookies are set if you click Essential only.", ["deny"], ["affirm"]),
        ("If you decline, no analytics cookies are set.", ["deny"], ["affirm"]),
        # on by default: no consent; "can be switched off" is the user's option, not a denial
        ("We use analytics and advertising cookies in the United States by default.", ["affirm"], ["deny"]),
        ("We use analytics cookies. In other regions they load by default and can be switched off in Cookie Settings.",
         ["affirm", "affirm"], ["deny"]),
        ("Our career sites load only essential cookies by default.", ["affirm"], []),
    ],
)
def test_refusals_and_defaults(text: str, uses: list[str], consent: list[str]) -> None:
    assert of(text, "uses_cookies") == uses
    assert of(text, "consent_for_tracking") == consent


def test_not_their_names_is_an_elliptic_denial() -> None:
    text = "We record only the number of children in the party, not their names or ages."
    claims = [c for c in read_text(text).claims if c.type == "collects"]
    assert claims and claims[0].polarity == "affirm" and "names" not in claims[0].text


@pytest.mark.parametrize(
    "sentence, kind, polarity",
    [
        # "n't" has no word boundary before it: "doesn't keep" is a negated keeping like "does not keep"
        ("Wagsbury doesn't keep the facial geometry generated during this comparison.", "retention", ["deny"]),
        ("We don't keep the date of birth itself.", "retention", ["deny"]),
        # the age notice is a children's claim, not a retention denial
        ("We don't knowingly hold information about anyone younger than 18.", "retention", []),
        # a topic line and an access restriction are no collection
        ("8.2 What we collect from children.", "collects_from_children", []),
        ("What information we collect", "collects", []),
        ("Access to stored footage is restricted to two members of our security desk and is logged.", "collects", []),
    ],
)
def test_contracted_negations_topic_lines_and_access_limits(sentence: str, kind: str, polarity: list[str]) -> None:
    assert of(sentence, kind) == polarity


@pytest.mark.parametrize(
    "sentence, polarity",
    [
        # the channel is the point: transit encryption, not a new disclosure
        ("Card data is transmitted to QuillPay over encrypted connections using TLS.", []),
        ("Telemetry is transmitted from devices to our cloud over TLS 1.2 or higher.", []),
        ("Your payment data is transmitted to PayPal.", ["affirm"]),
    ],
)
def test_a_transfer_over_an_encrypted_channel_is_no_disclosure(sentence: str, polarity: list[str]) -> None:
    assert of(sentence, "shares_personal_data") == polarity
    assert of(sentence, "encrypts_in_transit") in ([], ["affirm"])


def test_another_party_with_its_own_practice_verb_opens_a_clause() -> None:
    text = "Loopline does not keep the facial template after the check is complete, and the vendor deletes it within 24 hours."
    claims = [c for c in read_text(text).claims if c.type == "retention"]
    assert [c.polarity for c in claims] == ["deny", "affirm"]
    assert "vendor" not in claims[0].text


@pytest.mark.parametrize(
    "sentence, polarity",
    [
        ("We use a self-hosted analytics tool for the website.", []),
        ("We use an open-source product analytics tool that we host ourselves.", []),
        ("We use Google Analytics to count visits.", ["affirm"]),
    ],
)
def test_self_hosted_analytics_is_no_third_party(sentence: str, polarity: list[str]) -> None:
    assert of(sentence, "third_party_analytics") == polarity


def test_a_card_trigger_does_not_reach_past_but() -> None:
    text = "We keep the last four digits of the card, but card numbers and security codes are held only by the payment processor."
    assert of(text, "stores_card_security_code") == ["deny"]
    assert of(text, "stores_full_card_number") == ["deny"]
    assert of(text, "stores_partial_card") == ["affirm"]


@pytest.mark.parametrize(
    "sentence, polarity",
    [
        ("These pixels do not run inside the extension.", ["deny"]),
        ("These quality checks run on the image pixels only.", []),
        ("Our emails contain pixels that tell us whether they were opened.", ["affirm"]),
    ],
)
def test_pixels_denied_by_their_own_verb_and_pixels_of_an_image(sentence: str, polarity: list[str]) -> None:
    assert of(sentence, "uses_web_beacons") == polarity


def test_a_numbered_period_after_a_denied_keeping_is_its_bound() -> None:
    text = "We do not keep the installation identifier's shopping records after the 18-month period ends."
    assert of(text, "retention") == ["affirm"]
    assert of("We do not keep the template after the check is complete.", "retention") == ["deny"]
