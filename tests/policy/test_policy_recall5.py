"""Recall classes of the fifth pass, in wordings of our own: HTML content the extractor drops as boilerplate (a
cookie section, every section heading) is put back in place, while navigation before the content and entries of a
table of contents stay out."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.policy import read_text
from scanner.policy.text import load_file

PARA = "".join(
    f"<p>Paragraph {i}: we collect your name, email address and postal address when you open account number {i} with "
    "our shop online, and we use them to deliver your orders and to answer your questions about them.</p>"
    for i in range(12)
)


def test_html_section_dropped_as_cookie_banner_is_restored(tmp_path: Path) -> None:
    page = tmp_path / "policy.html"
    page.write_text(
        "<html><body><div class='top'><ul><li><a href='/'>Shop</a></li><li><a href='/blog'>Blog</a></li></ul></div>"
        "<main><h1>Privacy Policy</h1><aside><h2>Contents</h2><ol><li><a href='#c'>Cookies and Pixels</a></li></ol></aside>"
        f"<section id='data'><h2>1. Information we collect</h2>{PARA}</section>"
        "<section id='cookies'><h2>2. Cookies and Pixels</h2><p>Our website uses cookies and tracking pixels from "
        "Pixelbright Analytics to count visits to each page of the shop.</p></section>"
        f"<section id='rights'><h2>3. Your rights</h2>{PARA}</section></main></body></html>",
        encoding="utf-8",
    )
    text, _ = load_file(page)
    assert "Our website uses cookies and tracking pixels" in text
    assert text.index("2. Cookies and Pixels") < text.index("Our website uses cookies") < text.index("3. Your rights")
    assert "Blog" not in text and "- Cookies and Pixels" not in text  # navigation and contents entries stay out
    kinds = {c.type for c in read_text(text).claims}
    assert {"uses_cookies", "uses_web_beacons"} <= kinds


def claims(text: str) -> dict[str, str]:
    return {c.type: c.polarity for c in read_text(text).claims}


@pytest.mark.parametrize(
    "sentence",
    [
        "When you book a table, we also process your party size, dietary needs and the phone number you give.",  # process
        "If you enter our prize draw, we process your name and postal address to send the prize.",
        "A notification token is stored so that the app can remind you of your appointments.",  # passive keeping
        "Uploaded photos are stored and resized automatically.",
        "You can open a Driftwood account with your mobile number and a PIN.",  # an account opened with data
        "Optionally you can add a profile photo and your job title.",  # an optional addition
        "Pupils write essays and upload drawings in the classroom app.",  # the user creating content
        "We ask for your month and year of birth when you first start the game.",  # lexicon: month and year of birth
        "The companion app reads the measurements you choose to share, such as heart rate and blood glucose.",
    ],
)
def test_collection_in_other_verbs_and_voices(sentence: str) -> None:
    assert claims(sentence).get("collects") == "affirm"


@pytest.mark.parametrize(
    "sentence",
    [
        "We process your request within 30 days.",  # handling a request is no collection
        "Your password is stored as a salted hash.",  # how it is kept is a security statement
        "Your profile is kept while your membership is active.",  # a period: retention
        "Comments you post under articles are visible to other readers.",  # sharing, said of the comments
        "Member records are kept for six years after you leave.",
    ],
)
def test_not_read_as_collection(sentence: str) -> None:
    assert "collects" not in claims(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind", "polarity"),
    [
        ("Video consultations are end-to-end encrypted.", "encrypts_in_transit", "affirm"),  # e2e implies in transit
        ("SMS reminders are not encrypted, so they never include test results.", "encrypts_in_transit", "deny"),
        ("We do not keep any payment card details.", "stores_card_security_code", "deny"),  # no card data at all
        ("We do not keep any payment card details.", "stores_partial_card", "deny"),
        ("Your card number and security code are typed into the bank's page and are neither sent to nor stored by us.",
         "stores_card_security_code", "deny"),
        ("Your card number and security code are typed into the bank's page and are neither sent to nor stored by us.",
         "stores_full_card_number", "deny"),
        ("Analytics cookies from Brightmeter help us count visits to our pages.", "third_party_analytics", "affirm"),
        ("The app includes analytics and crash-reporting SDKs.", "third_party_analytics", "affirm"),
        ("Reach measurement for our news site is carried out by Medienzahl GmbH.", "third_party_analytics", "affirm"),
    ],
)
def test_companion_types(sentence: str, kind: str, polarity: str) -> None:
    assert claims(sentence).get(kind) == polarity


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Chats are encrypted at rest but are not end-to-end encrypted.", "encrypts_in_transit"),  # at rest only
        ("We keep your card details on file for faster checkout.", "stores_card_security_code"),  # says nothing of the code
        ("Customers may turn on end-to-end encryption for their cameras.", "encrypts_in_transit"),
    ],
)
def test_companion_types_not_read(sentence: str, kind: str) -> None:
    assert kind not in claims(sentence)


def test_data_table_with_a_source_column_states_collection() -> None:
    text = (
        "## 3. Information we collect\n\nWe collect the following information:\n\n"
        "| Category | Examples | Source |\n|---|---|---|\n"
        "| Contact data | Name, email address, phone number | You |\n| Device data | IP address, browser type | Automatically |\n"
    )
    rows = [c for c in read_text(text).claims if c.type == "collects" and c.text.startswith("|")]
    assert len(rows) == 2


@pytest.mark.parametrize(
    ("sentence", "kind", "polarity"),
    [
        ("We keep audit logs of sign-ins, with the IP address used.", "logs_personal_data", "affirm"),  # a noun, not auditing
        ("Uploaded contracts are never copied into our error logs.", "logs_personal_data", "deny"),
        ("Teenagers aged 13 to 15 may sign up for the club newsletter themselves.", "collects_from_children", "affirm"),
        ("Anyone under 16 may only register with the consent of a parent.", "collects_from_children", "affirm"),
        ("Some games require a parent's verified consent before chat is switched on.", "collects_from_children", "affirm"),
        ("A parent signs the pupil up and provides the pupil's first name and year group.", "collects_from_children", "affirm"),
        ("We never ask for a child's home address.", "collects_from_children", "deny"),
    ],
)
def test_logs_and_children_wordings(sentence: str, kind: str, polarity: str) -> None:
    assert claims(sentence).get(kind) == polarity


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Our engineers review server logs to detect attacks.", "logs_personal_data"),  # reading logs is not logging
        ("Contractors may use the data only to provide their services and must keep children's data confidential.",
         "collects_from_children"),
    ],
)
def test_logs_and_children_not_read(sentence: str, kind: str) -> None:
    assert kind not in claims(sentence)


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("We send your employer details of the courses you completed.", "affirm"),  # a named recipient class gets data
        ("These partners load their own scripts and receive your IP address.", "affirm"),
        ("The measurement vendors receive device identifiers and page events.", "affirm"),
        ("We make your order history and loyalty points available to the partner hotel.", "affirm"),
        ("Recorded calls are transcribed by our speech-to-text provider.", "affirm"),
        ("With your agreement we may publish the photographs you send us.", "affirm"),
        ("We never show your sexual orientation to other members.", "deny"),
    ],
)
def test_sharing_wordings(sentence: str, polarity: str) -> None:
    assert claims(sentence).get("shares_personal_data") == polarity


@pytest.mark.parametrize(
    "sentence",
    ["We make our services available to users worldwide.", "We post updates to this policy on this page."],
)
def test_sharing_not_read(sentence: str) -> None:
    assert "shares_personal_data" not in claims(sentence)
