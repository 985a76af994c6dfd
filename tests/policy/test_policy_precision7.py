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


@pytest.mark.parametrize(
    "sentence",
    [
        "Tenants can pay rent and read their lease documents in the portal, which stores their email address.",
        "We use personal information to sell, finance and service boats; to arrange insurance; and to register boats.",
        "Our marketplace is where collectors buy and sell stamps, and where we keep your shipping address.",
    ],
)
def test_renting_leasing_and_selling_goods_is_no_sale_of_data(sentence: str) -> None:
    assert of(sentence, "sells_personal_data") == []


@pytest.mark.parametrize(
    "sentence",
    ["We do not sell, rent or lease your contact details.", "We will not rent your email address to anyone."],
)
def test_renting_out_data_is_still_a_sale(sentence: str) -> None:
    assert of(sentence, "sells_personal_data") == ["deny"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The card issuer may share your name and billing postcode with us to confirm the payment.",
        "By adding a friend, you confirm that they agreed to share their email address with us.",
        "for any other purpose disclosed to you when we collect your personal information.",
        "A genuine landlord will never ask you to wire a deposit, to pay a viewing fee or to share your bank login details.",
    ],
)
def test_data_coming_to_us_or_someone_else_disclosing_is_no_sharing_of_ours(sentence: str) -> None:
    assert of(sentence, "shares_personal_data") == []


@pytest.mark.parametrize(
    "sentence",
    [
        'See "Cookies and your choices" below.',
        "**Jump to:** [Data we collect](#collect) · [Cookies](#cookies) · [Your rights](#rights) · [Contact](#contact)",
        "Our privacy team can be contacted at privacy@tallowmere.example or by writing to Pixel House, 4 Mill Road, York.",
        'Brambleworth Ltd ("**Brambleworth**", "**we**", "**us**") runs a shop where members sell used cameras.',
    ],
)
def test_cross_references_link_lines_contact_details_and_definitions_state_nothing(sentence: str) -> None:
    assert read_text(sentence).claims == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "We never make a discount conditional on your agreement to receive marketing.",
        "You can name a relative to receive copies of your statements and to speak to us about your account.",
        "They process personal data only on our documented instructions.",
    ],
)
def test_receiving_communications_and_processing_for_us_are_no_collection(sentence: str) -> None:
    assert of(sentence, "collects") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Our web servers keep access logs containing IP addresses and the pages requested.",
        "Our servers record every request in log files, including the IP address and a timestamp.",
    ],
)
def test_keeping_logs_is_a_logging_claim_only(sentence: str) -> None:
    assert of(sentence, "collects") == []
    assert of(sentence, "logs_personal_data") == ["affirm"]


def test_a_list_recorded_in_log_files_is_still_collected() -> None:
    text = (
        "When you visit, our servers automatically record the following information in log files:\n\n"
        "- your IP address\n- the browser you use\n"
    )
    assert of(text, "collects") == ["affirm"]


def test_advertising_cookies_set_only_if_you_accept_are_no_advertising_practice() -> None:
    sentence = "We only set measurement cookies and advertising cookies if you accept them in our cookie settings."
    assert of(sentence, "third_party_advertising") == []
    assert of(sentence, "consent_for_tracking") == ["affirm"]
