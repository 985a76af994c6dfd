"""Sentences, or parts of them, that state no practice of their own (issue #6), in our own wording: a table row
lines up categories, recipients and legal bases (read for what is collected and for consent only), and a sentence
saying that a state law "may consider" a practice a sale is read for that sale, not for the technology it names.
See docs/claim-patterns.md, "Polarity conventions" (the paragraph on sentences that state no practice)."""

from __future__ import annotations

from scanner.policy import read_text
from scanner.policy.lines import title_line
from scanner.policy.segment import sentences


def kinds(text: str) -> set[tuple[str, str]]:
    return {(c.type, c.polarity) for c in read_text(text).claims}


TABLE = """# Disclosures

| Category | Examples | Disclosed to | Sold or shared with |
|---|---|---|---|
| Online identifiers | cookie IDs, IP address, mobile advertising ID | hosting providers, analytics vendors | advertising networks |
| Account records | billing address, card brand and last four digits | payment processors | none |
"""


def test_a_table_row_is_read_for_collection_only() -> None:
    found = kinds(TABLE)
    unread = {"third_party_advertising", "third_party_analytics", "stores_partial_card", "stores_full_card_number"}
    assert not {k for k, _ in found} & unread


def test_a_legal_basis_row_still_states_consent_to_tracking() -> None:
    text = """# Why we use your data

| Purpose | Data | Legal basis |
|---|---|---|
| Site statistics | pages viewed (only if you accept statistics cookies) | consent |
"""
    assert ("consent_for_tracking", "affirm") in kinds(text)


def test_a_deemed_sale_is_a_possible_sale_not_a_cookie_claim() -> None:
    sentence = 'Our use of marketing cookies on the shop may be treated as a "sale" or "sharing" under some state laws.'
    assert [(c.type, c.polarity, c.modality) for c in read_text(sentence).claims] == [("sells_personal_data", "affirm", "possible")]


def test_a_deemed_sharing_of_data_still_states_the_sharing() -> None:
    sentence = "Making your device ID available to our ad partners for targeted ads may count as sharing under California law."
    found = kinds(sentence)
    assert ("sells_personal_data", "affirm") in found
    assert ("third_party_advertising", "affirm") in found
    assert "uses_cookies" not in {k for k, _ in found}


def test_the_policy_about_itself_its_rights_and_warnings_state_no_practice() -> None:
    for sentence in (
        "Part C - Mobile App Notice applies to information that the Fernhill app collects on your phone.",
        "Summary of changes in this version: we now keep support chats for 12 months and collect your time zone.",
        "We will not make any material change to this notice that would weaken the protection of member data.",
        "Our staff will never ask you for your password or login code by phone or email.",
        "Residents of some states have the right to confirm whether we process their personal data and to get a copy.",
    ):
        assert read_text(sentence).claims == (), sentence
    # a practice stated next to a right is a right only when the sentence is about the right
    assert ("collects", "affirm") in kinds("We collect your email address when you sign up, and you can ask us to delete it.")
    # the company's own "right" to do something is its practice
    assert ("retention", "affirm") in kinds("We have the right to retain the invoices and account records of every customer for audits.")


def test_a_short_verbless_line_of_its_own_names_a_topic() -> None:
    text = """1. Data we hold
2. Cookies and web beacons
3. Advertising partners

Vendors may process data for these purposes:

1. Build profiles for targeted advertising
2. Measure ad performance

We use cookies to keep you signed in.
"""
    found = read_text(text).claims
    assert all("Cookies and web beacons" not in c.text and "Build profiles" not in c.text for c in found)
    assert any(c.type == "uses_cookies" and c.text.startswith("We use cookies") for c in found)
    # a determiner denial on a line of its own still states one
    denial = "Newsletter\n\nNo tracking pixels\n\nWe send it monthly.\n"
    assert not any(title_line(denial, s) for s in sentences(denial) if "pixels" in denial[s.start : s.end])
