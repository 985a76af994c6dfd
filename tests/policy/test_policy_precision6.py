"""Precision and polarity mechanisms of the sixth pass (issue #6), each in our own wording: a place in the logs
takes the polarity of its clause's verb, logs filtered so that data never reaches them deny logging, hashing an
identifier to match it with an ad platform is no security measure, and a background check is a safeguard only
when it vets the company's own staff."""

from __future__ import annotations

import pytest

from scanner.policy import read_text


def of(text: str, kind: str) -> list[str]:
    return [c.polarity for c in read_text(text).claims if c.type == kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "We never store chat transcripts, home addresses or phone numbers in our server logs.",
        "Our support tool does not copy attachments, names or account numbers into its log files.",
        "Our crash logs are filtered so that email addresses and tokens never reach the log files.",
    ],
)
def test_a_denied_verb_reaches_a_place_in_the_logs(sentence: str) -> None:
    assert of(sentence, "logs_personal_data") == ["deny"]


@pytest.mark.parametrize(
    "sentence",
    ["We keep your IP address in our server logs.", "Your device identifier and the pages you open are written to our access logs."],
)
def test_an_affirmed_place_in_the_logs_stays_affirmed(sentence: str) -> None:
    assert of(sentence, "logs_personal_data") == ["affirm"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The social networks we advertise on receive a hashed email address when you sign up.",
        "We may upload hashed phone numbers of existing members so that they do not see our adverts.",
        "We carry out background checks on every tutor before the first lesson.",
    ],
)
def test_matching_identifiers_and_vetting_users_are_no_security_measure(sentence: str) -> None:
    assert of(sentence, "security_measures") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Passwords are hashed and salted before they are saved.",
        "Staff with access to member records pass background checks and yearly data protection training.",
    ],
)
def test_hashing_secrets_and_vetting_staff_are_security_measures(sentence: str) -> None:
    assert of(sentence, "security_measures") == ["affirm"]


@pytest.mark.parametrize(
    ("sentence", "bound"),
    [
        ("We do not keep recorded support calls after eighteen months.", "P18M"),
        ("We don't store your search history for more than 30 days.", "P30D"),
    ],
)
def test_an_active_keeping_denied_after_a_period_is_a_bound(sentence: str, bound: str) -> None:
    found = [(c.polarity, c.bound) for c in read_text(sentence).claims if c.type == "retention"]
    assert found == [("affirm", bound)]


@pytest.mark.parametrize(
    "sentence",
    [
        "We do not keep the scan of your passport after the verification is complete.",
        "The app does not store your voice recording after the comparison.",
    ],
)
def test_not_keeping_something_after_an_event_is_a_denial(sentence: str) -> None:
    assert of(sentence, "retention") == ["deny"]


def test_a_deemed_sharing_with_an_aside_names_no_beacon_practice() -> None:
    text = 'The tracking pixels on our checkout pages may, however, be considered "sharing" under state law.'
    kinds = {c.type for c in read_text(text).claims}
    assert "sells_personal_data" in kinds and "uses_web_beacons" not in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "We rely on contract (orders and delivery), legitimate interests (fraud checks, analytics) and consent (newsletters, cookies).",
        "We process medical notes on the basis of your explicit consent and billing records on the basis of a legal obligation.",
    ],
)
def test_bases_named_one_after_another_state_no_practice(sentence: str) -> None:
    assert {c.type for c in read_text(sentence).claims} <= {"consent_for_tracking"}


@pytest.mark.parametrize(
    "sentence",
    [
        "We never receive or store your full card number or its CVC.",
        "We receive only a payment reference, the card type and the last four digits.",
    ],
)
def test_receiving_only_card_data_is_read_for_the_card_types(sentence: str) -> None:
    kinds = {c.type for c in read_text(sentence).claims}
    assert "collects" not in kinds and kinds & {"stores_full_card_number", "stores_card_security_code", "stores_partial_card"}


def test_a_collection_naming_other_data_beside_the_card_stays() -> None:
    text = "We do not receive your card number, security code or billing address."
    assert of(text, "collects") == ["deny"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Marketing cookies are only set after you agree in the cookie banner.",
        "Outside the EU, analytics and advertising cookies are on unless you switch them off in Cookie Settings.",
    ],
)
def test_advertising_cookies_behind_a_consent_gate_are_no_advertising_practice(sentence: str) -> None:
    kinds = {c.type for c in read_text(sentence).claims}
    assert "third_party_advertising" not in kinds and "uses_cookies" in kinds


def test_a_gate_that_names_who_advertises_still_states_advertising() -> None:
    text = "Advertising cookies from our ad partners, which show you our ads on other sites, are set only after you accept them."
    assert "affirm" in of(text, "third_party_advertising")


@pytest.mark.parametrize(
    "sentence",
    [
        "Blockchain analytics providers tell us whether a wallet has received funds from a sanctioned address.",
        "We never license claims data to health-analytics companies.",
    ],
)
def test_analytics_of_something_other_than_site_use_is_no_analytics_practice(sentence: str) -> None:
    assert of(sentence, "third_party_analytics") == []


def test_a_code_sent_to_the_users_own_number_is_no_disclosure() -> None:
    assert of("When you book a slot, we send a confirmation code by SMS to your mobile number.", "shares_personal_data") == []
    assert of("When you book a slot, we send your phone number to the courier.", "shares_personal_data") == ["affirm"]
