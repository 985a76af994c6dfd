"""Precision mechanisms of the seventh pass (issue #6), each in our own wording: someone else who receives data is
no collection of ours (the company by its own name still is), statements of the user's statutory rights are no
practice, a denied transfer to advertisers in a list of recipients is a sharing claim only, two legal bases named in
one sentence state no practice, a hashed identifier for ad matching is no security measure, and data that "can
reveal information about your health" discloses nothing to anyone."""

from __future__ import annotations

import pytest

from scanner.policy import read_text


def of(text: str, kind: str) -> list[str]:
    return [c.polarity for c in read_text(text).claims if c.type == kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "The print shop receives your name and postal address with each order.",
        "When a parcel is sent, the courier receives your name and the delivery address.",
        "If you click a partner link, the affiliate receives a reference number and nothing else.",
        "Both receive a random installation identifier.",
        "Some categories of records receive extra protection under federal law.",
    ],
)
def test_another_subject_receiving_is_no_collection(sentence: str) -> None:
    assert of(sentence, "collects") == []


@pytest.mark.parametrize(
    "sentence, polarity",
    [
        ("We receive your name and email address from the sign-in service.", "affirm"),
        ("Sometimes we receive information about you from public registers.", "affirm"),
        ("Our support team receives the messages you send through the help form.", "affirm"),
    ],
)
def test_we_receiving_is_still_a_collection(sentence: str, polarity: str) -> None:
    assert of(sentence, "collects") == [polarity]


POLICY = """# Fernhollow Privacy Policy

Fernhollow Labs Ltd ("Fernhollow", "we", "us") makes the Fernhollow reading app.

## Payments

Fernhollow never receives your email address; the mailing list belongs to the publisher.
Inkmetric receives the pages you read, without your name.
"""


def test_the_company_by_its_own_name_still_collects() -> None:
    claims = [c for c in read_text(POLICY).claims if c.type == "collects"]
    assert [(c.polarity, c.text.split()[0]) for c in claims] == [("deny", "Fernhollow")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents of Nevada, Oregon, Montana and other states with consumer privacy laws may have similar rights to "
        "access, correct and delete their data and to opt out of targeted advertising.",
        "Consumers in several US states may request access to, correction of and deletion of their personal data, and "
        "may opt out of targeted advertising through the cookie banner.",
        "Residents of some states have rights under state law to know, delete and correct personal information and to "
        "opt out of profiling and targeted advertising.",
    ],
)
def test_statutory_rights_are_no_practice(sentence: str) -> None:
    claims = read_text(sentence).claims
    assert [c.type for c in claims] == []


def test_a_company_practice_before_the_rights_still_counts() -> None:
    sentence = (
        "For customers of our shop we do not sell personal information, and customers may request to know, correct or "
        "delete their personal information."
    )
    assert of(sentence, "sells_personal_data") == ["deny"]


def test_an_opt_out_of_the_sharing_still_states_the_sharing() -> None:
    sentence = (
        "Consumers may request to know and delete personal information and may opt out of the sharing of personal "
        "information for cross-context behavioural advertising."
    )
    assert of(sentence, "shares_personal_data") == ["affirm"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Your loan application is never shared with brokers, landlords or advertisers.",
        "We do not pass your meter readings to any supplier for its own marketing, and we do not let advertisers see them.",
        "We do not share your test results, account number or address with advertisers or data brokers.",
        "We do not share your genetic data with insurers, nor do we provide it to data brokers, list sellers or advertising networks.",
    ],
)
def test_a_denied_transfer_to_advertisers_is_a_sharing_claim(sentence: str) -> None:
    assert of(sentence, "third_party_advertising") == []
    assert of(sentence, "shares_personal_data") == ["deny"]


@pytest.mark.parametrize(
    "sentence",
    [
        "We process your booking details to perform our contract with you, and we process site statistics on the basis "
        "of our legitimate interests.",
        "Where UK law applies, we process your data to perform our contract with you (orders), based on our legitimate "
        "interests (fraud checks) and on your consent (newsletters).",
    ],
)
def test_legal_bases_named_together_state_no_collection(sentence: str) -> None:
    assert of(sentence, "collects") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We may give these platforms a hashed version of your email address so that they can find you among their users.",
        "We might send a hashed list of customer phone numbers to a social network to leave existing customers out of our ads.",
        "With your consent we share a hashed (pseudonymised) copy of your email address with an identity partner.",
    ],
)
def test_a_hashed_identifier_for_matching_is_no_security_measure(sentence: str) -> None:
    assert of(sentence, "security_measures") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Medication lists can reveal information about your health.",
        "Detailed energy readings may reveal when you are at home, so we treat them with extra care.",
    ],
)
def test_data_that_reveals_something_is_no_disclosure(sentence: str) -> None:
    assert of(sentence, "shares_personal_data") == []


def test_revealing_data_to_someone_is_a_disclosure() -> None:
    assert of("Your public profile reveals your first name to other members.", "shares_personal_data") == ["affirm"]
