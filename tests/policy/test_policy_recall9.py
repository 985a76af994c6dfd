"""Recall of the ninth pass, in wordings of our own (none taken from a corpus policy): cameras as the agent of a passive and
people filmed, lists of people and plate reads as data, a keeping denied up to an event ("not kept after the file is
closed"), any other subject that receives or sees data, publication where the medium is named ("on the air", "on our
website"), and a negation that stays in its own clause (a new subject after the negated verb, a quoted "do not ...")."""

from __future__ import annotations

import pytest

from scanner.policy import read_text


def polarity_of(text: str, kind: str) -> set[str]:
    return {c.polarity for c in read_text(text).claims if c.type == kind}


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("The loading bays and the car park are watched by CCTV cameras.", "affirm"),
        ("Our depots have video cameras covering the entrances.", "affirm"),
        ("A camera above the barrier takes a photo of each driver leaving the site.", "affirm"),
        ("Graduation ceremonies are streamed through our hall cameras.", "affirm"),
        ("Cameras face the stage only, so pupils seated in the hall are not filmed.", "deny"),
    ],
)
def test_cameras(sentence: str, polarity: str) -> None:
    assert polarity_of(sentence, "collects") == {polarity}


@pytest.mark.parametrize(
    "sentence",
    [
        "Our guest lists are never passed to event sponsors.",
        "Plate numbers are not shared with parking enforcement companies.",
        "We do not hand our member list to other organisations.",
    ],
)
def test_lists_and_plates_are_data(sentence: str) -> None:
    assert polarity_of(sentence, "shares_personal_data") == {"deny"}


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Scans of your passport are not kept after the booking has been confirmed.", "deny"),
        ("We do not keep donor phone numbers after each appeal ends.", "deny"),
        ("Your uploaded image is not stored once the text has been read from it.", "deny"),
        # a period after "after" is still a bound
        ("Chat transcripts are not kept after the 12-month period.", "affirm"),
    ],
)
def test_keeping_up_to_an_event(sentence: str, polarity: str) -> None:
    assert polarity_of(sentence, "retention") == {polarity}


def test_keeping_a_record_of_each_event() -> None:
    assert polarity_of("We keep a record of every order you place, including the price and the delivery slot.", "collects") == {"affirm"}


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ('Lindenmoor Books ("Lindenmoor", "we") sells books online. Harrowgate Print receives your name and postal address.', "affirm"),
        ("Course tutors receive the email addresses of the students in their group.", "affirm"),
        ("Plumbers and electricians receive the information needed for the job.", "affirm"),
        ("Festival sponsors never receive lists of our ticket buyers.", "deny"),
        ("Referral partners are paid per signup; they are not given your phone number or address.", "deny"),
        ("We do not allow estate agents or other local firms to receive our tenant lists.", "deny"),
    ],
)
def test_other_subject_receives(text: str, polarity: str) -> None:
    assert polarity_of(text, "shares_personal_data") == {polarity}


def test_split_receives_and_denial_after_semicolon() -> None:
    text = "The regional stations receive audience data for ratings; they do not receive member names or pledge amounts."
    assert polarity_of(text, "shares_personal_data") == {"affirm", "deny"}


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Ratings you leave on our website appear publicly with your first name.", "affirm"),
        ("Raffle winners' names may be read out on the air.", "affirm"),
        ("Photos taken at the open day may appear on our social media pages.", "affirm"),
        ("Volunteers of the year are listed by name in our annual report.", "affirm"),
        ("The weekly leaderboard displays your first name and points to other players.", "affirm"),
        ("We will never mention your address on the air.", "deny"),
        ("We do not post a member's diagnosis online.", "deny"),
    ],
)
def test_publication(sentence: str, polarity: str) -> None:
    assert polarity_of(sentence, "shares_personal_data") == {polarity}


@pytest.mark.parametrize(
    "sentence",
    [
        "We call a referred neighbour once, and if they do not reply we erase their details within 14 days.",
        'If you ask us not to call again, your number is marked "do not call" and remains on that list for three years.',
    ],
)
def test_negation_in_another_clause(sentence: str) -> None:
    assert polarity_of(sentence, "retention") == {"affirm"}


# --- tenth pass (polreader9b) ---------------------------------------------------------------------------------------


def test_relative_clause_recipient_with_elliptic_denial() -> None:
    text = (
        "We pass data to these groups:\n\n"
        "- **Ticketing and seating vendors**, who print the tickets and receive your seat number and your order "
        "reference, but not your card details or phone number.\n"
        "- **Event insurers**, who assess claims.\n"
    )
    found = {(c.type, c.polarity, c.text.split(",")[0].strip(" *-")) for c in read_text(text).claims}
    assert ("shares_personal_data", "affirm", "Ticketing and seating vendors") in found
    assert any(t == "shares_personal_data" and p == "deny" and s.startswith("but not") for t, p, s in found)
    assert not any(t == "collects" for t, _, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The display networks recognise returning visitors and show them Fernbrook ads elsewhere.",
        "These platforms may use the pixel data to show you our ads on other websites.",
    ],
)
def test_retargeting_ads_elsewhere(sentence: str) -> None:
    assert polarity_of(sentence, "third_party_advertising") == {"affirm"}


def test_passes_us_is_collection() -> None:
    assert polarity_of("The hotel booking site passes us your name, email address and arrival date.", "collects") == {"affirm"}


def test_denied_sharing_with_ad_platforms_is_sharing() -> None:
    text = "Personalising the menu happens on our own servers and does not involve sharing your order history with advertising platforms."
    assert polarity_of(text, "third_party_advertising") == set()
