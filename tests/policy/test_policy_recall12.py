"""Recall and polarity of the twelfth pass, in wordings of our own (none taken from a corpus policy): an address tied
to the people or bookings a policy names its users by, a parent giving the reader a child's details, a practice named
only inside "how to ...", a FAQ answer that states the practice itself, and a numbered clause whose wrapped line goes
on under a hanging indent."""

from __future__ import annotations

import pytest

from scanner.policy import read_text


def claims_of(text: str) -> set[tuple[str, str]]:
    return {(c.type, c.polarity) for c in read_text(text).claims}


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry company does not link the IP addresses in its web logs to travellers or reservations.",
        "IP addresses of visitors to the shop are never connected with any household.",
    ],
)
def test_address_not_tied_to_people_named_by_role(sentence: str) -> None:
    found = claims_of(sentence)
    assert ("links_ip_to_identity", "deny") in found
    assert ("logs_personal_data", "deny") not in found


def test_matches_against_other_players_tie_no_address() -> None:
    assert ("links_ip_to_identity", "affirm") not in claims_of(
        "The arcade records your IP address and your matches against other players.")


@pytest.mark.parametrize(
    "sentence",
    [
        "For a rider under 16, a parent signs the form and gives us the child's name and weight.",
        "The junior's name and date of birth are provided to the club by a parent.",
        "Information about a pupil under 12 is supplied by the parent who books the course.",
    ],
)
def test_child_details_given_by_a_parent(sentence: str) -> None:
    assert ("collects_from_children", "affirm") in claims_of(sentence)


def test_practice_inside_how_to_is_no_claim() -> None:
    found = claims_of("The shop does not respond to Do Not Track signals, because no standard says how to respond to them.")
    assert ("honors_do_not_track", "deny") in found
    assert ("honors_do_not_track", "affirm") not in found


def test_answer_stating_the_practice_is_read_on_its_own() -> None:
    text = ("Q7. Does the Shop follow the \"Do Not Track\" setting of the browser?\n\n"
            "No. The Shop's website does not respond to the Do Not Track signal of the browser.\n")
    found = claims_of(text)
    assert ("honors_do_not_track", "deny") in found
    assert ("honors_do_not_track", "affirm") not in found


def test_hanging_indent_continues_a_numbered_clause() -> None:
    text = ("6. PAYMENTS\n\n"
            "6.2 Card details travel between your browser and the payment processor using\n"
            "    TLS encryption.\n")
    claims = read_text(text).claims
    cited = [c for c in claims if c.type == "encrypts_in_transit"]
    assert cited and all("using TLS encryption" in " ".join(c.text.split()) for c in cited)


@pytest.mark.parametrize(("sentence", "claim"), [
    ("The dive shop places the Reefads pixel on its pages so that Reefads can show our ads to people who have visited"
     " the shop.", ("third_party_advertising", "affirm")),
    ("Advertising is never shown to a player whose profile says he is under 16.", ("third_party_advertising", "deny")),
    ("The club does not collect the resident registration number of any guest.", ("collects", "deny")),
    ("The kiosk app does not ask for location or photos.", ("collects", "deny")),
    ("Unless the guest presses the record button, no sound of the booth is recorded.", ("collects", "deny")),
])
def test_wordings_of_the_twelfth_pass(sentence: str, claim: tuple[str, str]) -> None:
    assert claim in claims_of(sentence)


def test_a_sound_system_is_no_data() -> None:
    assert not claims_of("The sound system in each booth is serviced every month.")


@pytest.mark.parametrize("sentence", [
    "Lesson videos are shared with you through the coach's app.",
    "Only the last four digits are shown to our front-desk staff and to you.",
    "The details on the booking sheet are transferred to the logbook of the boat.",
    "The Company establishes and discloses this processing policy in accordance with the Act.",
])
def test_recipients_that_are_no_third_party(sentence: str) -> None:
    assert ("shares_personal_data", "affirm") not in claims_of(sentence)


def test_a_third_party_beside_the_user_is_still_sharing() -> None:
    assert ("shares_personal_data", "affirm") in claims_of("We share your email with you and with our marketing partners.")


@pytest.mark.parametrize(("sentence", "claim"), [
    ("We ask for your CV, which we need for everyone who coaches children.", ("collects", "affirm")),
    ("The entry form also asks whether a rider has a heart condition.", ("collects", "affirm")),
    ("Coaches cannot download or print member files from the club system.", ("security_measures", "affirm")),
    ("Office tablets lock after one minute without use.", ("security_measures", "affirm")),
    ("Signed forms are kept in a locked drawer at reception.", ("security_measures", "affirm")),
])
def test_more_wordings_of_the_twelfth_pass(sentence: str, claim: tuple[str, str]) -> None:
    assert claim in claims_of(sentence)


def test_a_staff_restriction_is_no_denied_measure() -> None:
    assert ("security_measures", "deny") not in claims_of("Coaches cannot download or print member files from the club system.")


def test_a_lower_bound_is_no_denial() -> None:
    found = claims_of("The logbook is kept for not less than five years from the last entry.")
    assert ("retention", "affirm") in found and ("retention", "deny") not in found
