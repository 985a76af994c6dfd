"""Recall of the tenth pass, in wordings of our own (none taken from a corpus policy): the layout of hard-wrapped
numbered clauses and dotted-leader schedules, the inversion after a fronted negation ("at no time is X stored",
"nor does it ..."), and a practice named by a gerund subject that the predicate denies ("... is not something we do")."""

from __future__ import annotations

import pytest

from scanner.policy import read_text
from scanner.policy.segment import sentences


def polarity_of(text: str, kind: str) -> set[str]:
    return {c.polarity for c in read_text(text).claims if c.type == kind}


@pytest.mark.parametrize(
    "text",
    [
        # a run-in heading ends inside the first line, the sentence goes on in capitals (a defined term)
        "3.1  Members. When you join, Orchardly records the Member's\n     Name, postal address and telephone number.\n",
        # the continuation line is not indented, but the first line is as long as a wrapped one
        "4.2 Tallowmere collects the postal addresses of its subscribers and\nthe dates on which each parcel was sent.\n",
    ],
)
def test_wrapped_numbered_clause_is_no_heading(text: str) -> None:
    # (the run-in label "3.1 Members." may stand as a heading of its own; the sentence after it is none)
    assert not any(s.heading for s in sentences(text) if "address" in text[s.start : s.end])
    assert polarity_of(text, "collects") == {"affirm"}


def test_numbered_heading_still_a_heading() -> None:
    text = "2. HOW WE USE YOUR DATA\n\nWe use your email address to send receipts.\n"
    assert [s.heading for s in sentences(text)] == [True, False]


def test_dotted_leader_schedule_rows() -> None:
    text = (
        "RETENTION\n\nWe keep records for these periods:\n\n"
        "   Loyalty card transactions ............ 4 years\n"
        "   Complaint correspondence ............. 18 months\n"
        "   Delivery driver photographs and notes ... 60 days\n"
    )
    rows = [c for c in read_text(text).claims if (c.type == "retention" and "...." in c.text) or "... 60" in c.text]
    spans = {text[c.start : c.end].split(" .")[0].strip() for c in rows if c.type == "retention"}
    assert spans == {"Loyalty card transactions", "Complaint correspondence", "Delivery driver photographs and notes"}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("At no time is the card verification code requested or stored by our kiosks.", "stores_card_security_code"),
        ("Under no circumstances is your home address shown to other riders.", "shares_personal_data"),
        ("At no point is your phone number or any other contact detail sent to the courier.", "shares_personal_data"),
        ("Our newsletter is free, and at no stage are subscriber email addresses sold to other companies.", "sells_personal_data"),
        ("The club does not sell member data, nor does it make member data available to data brokers.", "shares_personal_data"),
    ],
)
def test_inversion_after_fronted_negation(sentence: str, kind: str) -> None:
    assert polarity_of(sentence, kind) == {"deny"}


def test_fronted_negation_scopes_its_subject() -> None:
    text = "Under no circumstances are your health details shared with advertisers, and they are kept on your device."
    assert polarity_of(text, "shares_personal_data") == {"deny"}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Selling our customers' email addresses is not something we do.", "sells_personal_data"),
        ("Sharing your location with marketing partners is not something we would ever consider.", "shares_personal_data"),
        ("Collecting information from under-16s through the game is not something we do.", "collects_from_children"),
    ],
)
def test_gerund_subject_denied_by_predicate(sentence: str, kind: str) -> None:
    assert polarity_of(sentence, kind) == {"deny"}


def test_gerund_subject_affirmed_predicate() -> None:
    text = "Sharing your email address with the venue is something we do only when you book a table."
    assert polarity_of(text, "shares_personal_data") == {"affirm"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Some of our cookies, placed by Quillstone Analytics, count how many visitors read each article.",
        "We also use Brackenfield Analytics, whose tags show us which forms visitors abandon.",
        "If you allow statistics cookies, Harlowmere Analytics measures the pages you open.",
    ],
)
def test_named_analytics_company(sentence: str) -> None:
    assert polarity_of(sentence, "third_party_analytics") == {"affirm"}


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Your bank details travel to the payment processor over an encrypted connection.", "affirm"),
        ("Your membership number is checked against the library system through an encrypted link.", "affirm"),
        ("Old parking meters report to the central system over a radio network without transport-layer encryption.", "deny"),
    ],
)
def test_encrypted_connection_is_transit(sentence: str, polarity: str) -> None:
    assert polarity_of(sentence, "encrypts_in_transit") == {polarity}


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("The gate controller writes each visitor's name, the door used and the time of entry to an access log.", "affirm"),
        ("Your exact coordinates are never written to our diagnostic logs.", "deny"),
        ("Door PINs are not written to the event log.", "deny"),
        ("We do not log the websites that guests open on the lounge terminals.", "deny"),
    ],
)
def test_writing_to_logs(sentence: str, polarity: str) -> None:
    assert polarity_of(sentence, "logs_personal_data") == {polarity}


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Our servers note the IP address of each request. Those addresses are never associated with a member's name.", "deny"),
        (
            "Our servers note the IP address of each request. For signed-in members, the log entry is associated with the "
            "member's account.",
            "affirm",
        ),
        ("When you use the lounge Wi-Fi, the IP address given to your laptop is linked to your membership number.", "affirm"),
    ],
)
def test_addresses_linked_to_cards_and_accounts(text: str, polarity: str) -> None:
    assert polarity_of(text, "links_ip_to_identity") == {polarity}


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Mortgage brokers pay us for the names and phone numbers of people who ask for a valuation.", "affirm"),
        ("Our volunteers' contact list is shared with the regional office. Sponsors pay us for it.", "affirm"),
        ("Our membership list has never been sold or rented to anyone.", "deny"),
    ],
)
def test_paid_for_data_and_membership_lists(sentence: str, polarity: str) -> None:
    assert polarity_of(sentence, "sells_personal_data") == {polarity}


def test_neither_nor_subject_receiving_card_number() -> None:
    text = 'Parkwise Ltd ("Parkwise", "we") runs car parks. Neither the pay station nor Parkwise receives your full card number.'
    assert polarity_of(text, "stores_full_card_number") == {"deny"}
