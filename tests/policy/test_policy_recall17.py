"""Recall and polarity of the seventeenth pass, in wordings of our own (none taken from a corpus policy): a negation
inside a relative clause of the trigger, recipients named after a list of others, people lists as personal data,
kept records "conserved", durations written "7 (seven) days", and card readers that encrypt card data."""

from __future__ import annotations

import pytest

from scanner.policy import read_text


def claims_of(text: str) -> set[tuple[str, str]]:
    return {(c.type, c.polarity) for c in read_text(text).claims}


def test_a_negation_in_a_relative_clause_is_that_clause_s() -> None:
    found = claims_of("We pass the names and phone numbers of members who have not unsubscribed to our event partners.")
    assert ("shares_personal_data", "affirm") in found
    assert ("shares_personal_data", "deny") not in found


def test_a_purpose_clause_keeps_its_denial() -> None:
    # "so that they are never stored": the purpose clause's negation is the claim's
    found = claims_of("Full card numbers are swapped for a token so that they are never stored on our servers.")
    assert ("stores_full_card_number", "deny") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "We do not send your details to bike shops, gyms or any other business.",
        "We never give our volunteer lists to political groups, charities or other organisations.",
    ],
)
def test_recipients_after_a_list(sentence: str) -> None:
    assert ("shares_personal_data", "deny") in claims_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Visitor registers are conserved for 3 (three) years.",
        "The signed forms are preserved for 5 years after the course ends.",
        "Minutes of the board and the member register are conserved without limit of time.",
    ],
)
def test_records_conserved_for_a_period(sentence: str) -> None:
    assert ("retention", "affirm") in claims_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The payment terminal in the shop encrypts your card number as soon as you tap it.",
        "Our ticket website and the mobile app use encrypted connections.",
    ],
)
def test_encryption_where_the_card_is_read_and_on_the_way(sentence: str) -> None:
    assert ("encrypts_in_transit", "affirm") in claims_of(sentence)


def test_a_reader_for_something_else_says_nothing_of_transit() -> None:
    assert not any(t == "encrypts_in_transit" for t, _ in claims_of("The library card reader opens the door for members."))


@pytest.mark.parametrize(
    "sentence",
    ["You type your card details into a checkout page hosted by our payment processor.",
     "The donation form is operated by Quaypay, which charges your card."],
)
def test_a_payment_page_the_provider_hosts(sentence: str) -> None:
    assert ("shares_personal_data", "affirm") in claims_of(sentence)


def test_a_hosted_page_with_no_payment_is_no_disclosure() -> None:
    assert ("shares_personal_data", "affirm") not in claims_of("Our events page is hosted by a web agency.")


def test_bank_details_are_data_not_a_bank() -> None:
    assert ("logs_personal_data", "deny") in claims_of("Card numbers and bank details are never written to these logs.")


def test_that_before_the_trigger_is_its_determiner() -> None:
    found = claims_of("Our invoices and password e-mails do not contain that pixel.")
    assert ("uses_web_beacons", "deny") in found and ("uses_web_beacons", "affirm") not in found


@pytest.mark.parametrize(
    "sentence",
    ["The entry form asks for your name, email address and phone number.",
     "The booking questionnaire asks which medical conditions you have."],
)
def test_what_a_form_asks_for(sentence: str) -> None:
    assert ("collects", "affirm") in claims_of(sentence)
