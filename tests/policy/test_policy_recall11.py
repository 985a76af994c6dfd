"""Recall of the eleventh pass, in wordings of our own (none taken from a corpus policy): a card practice denied in a
clause after "and" while the clause before it affirms something else, two subjects of one negated verb joined by a
bare "and" (no clause split between them), and the card number named the way translated policies name it ("the
complete number of the card")."""

from __future__ import annotations

import pytest

from scanner.policy import read_text


def claims_of(text: str) -> set[tuple[str, str]]:
    return {(c.type, c.polarity) for c in read_text(text).claims}


def test_card_denial_after_and_is_not_read_as_an_affirm() -> None:
    found = claims_of(
        "The Club keeps only the brand of the card, and the complete number of the card and the security code are"
        " neither received nor stored on its servers."
    )
    assert ("stores_full_card_number", "deny") in found
    assert ("stores_card_security_code", "deny") in found
    assert ("stores_card_security_code", "affirm") not in found
    assert ("stores_full_card_number", "affirm") not in found


def test_both_clauses_denied_stay_denied() -> None:
    found = claims_of("Pellworth does not store full card numbers, and the card security code is never kept by us.")
    assert ("stores_full_card_number", "deny") in found
    assert ("stores_card_security_code", "affirm") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "We never store the full number of your card.",
        "The entire number of the payment card is not retained by the Operator.",
    ],
)
def test_translated_card_number(sentence: str) -> None:
    assert ("stores_full_card_number", "deny") in claims_of(sentence)


def test_bare_and_between_two_subjects_is_no_clause_split() -> None:
    from scanner.policy.clauses import frame, normalise
    from scanner.policy.lexicon import load_lexicon

    lex = load_lexicon()
    norm = normalise("Your account password and the security answer are not shown to our support staff.", lex)
    assert len(frame(norm, lex).clauses) == 1
    norm = normalise("Photos are resized on your phone and the original file is not uploaded.", lex)
    assert len(frame(norm, lex).clauses) == 2


def test_bold_statement_opening_a_paragraph_is_read() -> None:
    text = "## Sharing\n\n**Larkfield does not sell personal information.** Member data is never rented.\n"
    assert ("sells_personal_data", "deny") in claims_of(text)


def test_bold_topic_label_is_still_a_run_in_heading() -> None:
    from scanner.policy.segment import sentences

    text = "**What we collect.** We collect your name and email address.\n"
    assert [s.heading for s in sentences(text)] == [True, False]


def test_code_named_before_kept_as_it() -> None:
    found = claims_of("Reception asks for the card security code for the deposit only, and we do not keep it afterwards.")
    assert ("stores_card_security_code", "deny") in found
    assert ("stores_card_security_code", "affirm") not in found
    # the last four digits kept as "them" are no full number
    assert not any(k == "stores_full_card_number" for k, _ in claims_of("We show the last four digits of your card number and store them."))


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # the wording of policies translated into English (Portuguese, Spanish, Japanese originals)
        ("The Association does not commercialise the Personal Data of its members.", ("sells_personal_data", "deny")),
        ("The Company does not rent or cede the Personal Data of the Holder to third parties.", ("sells_personal_data", "deny")),
        ("Contact details go to partner brands, which remunerate the Company for this provision.", ("sells_personal_data", "affirm")),
        ("At the box office the Company registers the tax number and the seat of each ticket holder.", ("collects", "affirm")),
        ("Advertising cookies are only activated after the consent of the Holder.", ("consent_for_tracking", "affirm")),
        ("IP addresses are not associated by the Operator with the registration data of the Holder.", ("links_ip_to_identity", "deny")),
    ],
)
def test_translated_wordings(sentence: str, claim: tuple[str, str]) -> None:
    assert claim in claims_of(sentence)


def test_registering_by_the_user_is_no_collection_claim() -> None:
    assert ("collects", "affirm") not in claims_of("You register your bike with the city before the race.")


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "Each log-in is recorded with the member's account number, the time of day and the IP address used.",
            ("links_ip_to_identity", "affirm"),
        ),
        # the terms of Japan's APPI in English
        ("We entrust the handling of personal data to delivery contractors.", ("shares_personal_data", "affirm")),
        ("We jointly use personal data with our group company, Kawase Travel.", ("shares_personal_data", "affirm")),
        ("There are no cameras inside the changing rooms.", ("collects", "deny")),
    ],
)
def test_eleventh_pass_wordings(sentence: str, claim: tuple[str, str]) -> None:
    assert claim in claims_of(sentence)


def test_line_ending_on_a_function_word_is_no_heading() -> None:
    from scanner.policy.segment import sentences

    text = "4. SIGNALS\n\n4.1   Signals sent by the panel are encrypted with\n      AES-256 between the panel and our centre.\n"
    sents = sentences(text)
    assert [s.heading for s in sents] == [True, False]
    assert "AES-256" in text[sents[1].start : sents[1].end]
    assert ("encrypts_in_transit", "affirm") in claims_of(text)


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("The app includes the Brightwick analytics kit.", "affirm"),
        ("The app contains no analytics or advertising kit from another company.", "deny"),
    ],
)
def test_analytics_kit_is_an_sdk(sentence: str, polarity: str) -> None:
    assert ("third_party_analytics", polarity) in claims_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Your name and passport number are recorded by the till and sent electronically to the tax office.",
        "A driver's licence number is typed into a hosted form and goes directly to Checkwell.",
        "We collect the account number and sort code, which are passed to Brookside Collections.",
        "Licensing inspectors may review our sales records.",
    ],
)
def test_sent_on_by_a_second_verb_or_inspected(sentence: str) -> None:
    assert ("shares_personal_data", "affirm") in claims_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["We may review our records to detect fraud.", "Your photos are resized and uploaded to our servers."],
)
def test_own_review_or_upload_is_no_sharing(sentence: str) -> None:
    assert ("shares_personal_data", "affirm") not in claims_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Both are stored encrypted.",
        "Face templates are kept in encrypted form.",
        "The monitoring centre is a secure building with controlled access.",
        "Staff receive training on handling personal data.",
        "Portal accounts require a one-time PIN sent by text message.",
    ],
)
def test_named_safeguards(sentence: str) -> None:
    assert ("security_measures", "affirm") in claims_of(sentence)


def test_one_time_code_to_confirm_a_phone_is_no_safeguard_claim() -> None:
    assert ("security_measures", "affirm") not in claims_of("Phone numbers are verified by a one-time code sent by text message.")
