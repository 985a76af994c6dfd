"""The reader on awkward but common policy layouts: Windows line endings, non-breaking spaces and smart quotes
(offsets must still index the text exactly), run-in and numbered headings, Markdown tables (one sentence per
row, the header row no claim), lists without punctuation, "except:" lists whose items are affirmed, pronouns
that refer to the sentence before, and determiner negation. Each case is a small text written for the test."""

from __future__ import annotations

from scanner.model import Claim
from scanner.policy import read_text
from scanner.policy.segment import sentences


def claims(text: str) -> list[Claim]:
    result = read_text(text)
    for c in result.claims:
        assert text[c.start : c.end] == c.text  # offsets index the text as given
    return list(result.claims)


def kinds(text: str) -> set[tuple[str, str]]:
    return {(c.type, c.polarity) for c in claims(text)}


def test_crlf_nbsp_and_smart_quotes_keep_offsets_exact() -> None:
    text = "SECURITY\r\n\r\nWe do not store your full\u00a0credit card number.\r\nWe use \u201ccookies\u201d to remember your cart.\r\n"
    found = claims(text)
    assert {(c.type, c.polarity) for c in found} >= {("stores_full_card_number", "deny"), ("uses_cookies", "affirm")}


def test_run_in_heading_is_not_a_claim_and_numbered_sections_are_headings() -> None:
    text = (
        "Cookies. The site uses cookies to keep you signed in.\n\n4.2 Sharing with Other Companies. We may share your name with partners.\n"
    )
    found = claims(text)
    assert all(not c.text.startswith(("Cookies.", "4.2")) for c in found)
    assert {"uses_cookies", "shares_personal_data"} <= {c.type for c in found}


def test_markdown_table_rows_are_sentences_and_the_header_row_is_skipped() -> None:
    text = (
        "| Data | Kept for |\n|---|---|\n| Server logs with your IP address | deleted after 30 days |\n| Invoices | kept for 10 years |\n"
    )
    rows = [text[s.start : s.end] for s in sentences(text) if not s.heading]
    assert rows == ["| Server logs with your IP address | deleted after 30 days |", "| Invoices | kept for 10 years |"]


def test_except_list_items_are_affirmed_and_the_lead_is_denied() -> None:
    text = (
        "We do not share your personal information with third parties except:\n\n"
        "- with service providers that host our servers\n- if the law requires us to\n"
    )
    found = [c for c in claims(text) if c.type == "shares_personal_data"]
    assert [(c.polarity, c.text.split()[0]) for c in found] == [("deny", "We"), ("affirm", "with"), ("affirm", "if")]
    assert found[2].modality == "conditional"


def test_list_lead_keeps_its_claim_with_unpunctuated_items() -> None:
    text = "When you visit, we automatically collect information, including:\n\n- your IP address\n- the pages you viewed\n"
    (claim,) = [c for c in claims(text) if c.type == "collects"]
    assert claim.text.endswith("the pages you viewed") and "ip_address" in claim.data_types


def test_pronoun_refers_to_the_signal_named_in_the_sentence_before() -> None:
    text = "Some browsers send Do Not Track signals. We do not respond to them at this time.\n"
    assert ("honors_do_not_track", "deny") in kinds(text)
    assert not any(c.type == "honors_do_not_track" for c in claims("We love our readers. We do not respond to them.\n"))


def test_discarded_security_code_is_a_denial_and_it_refers_back() -> None:
    assert ("stores_card_security_code", "deny") in kinds("The CVV is used once to authorise the payment and is then discarded.\n")
    text = "We ask for the card security code at checkout. It is never written to disk or logged.\n"
    found = [c for c in claims(text) if c.type == "stores_card_security_code"]
    assert [(c.polarity, c.text.split()[0]) for c in found] == [("deny", "It")]


def test_determiner_negation_and_same_either_way_dnt() -> None:
    assert ("third_party_advertising", "deny") in kinds("The app contains no third-party advertising.\n")
    assert ("honors_do_not_track", "deny") in kinds(
        "Our site treats every visitor the same whether or not their browser sends a Do Not Track request.\n"
    )


def test_third_parties_receiving_data_is_sharing_not_collection() -> None:
    found = kinds("Merchants you pay receive your name, email address and billing address.\n")
    assert ("shares_personal_data", "affirm") in found and not any(t == "collects" for t, _ in found)


def test_legal_disclaimers_and_urls_are_not_claims() -> None:
    text = (
        "TO THE FULLEST EXTENT PERMITTED BY LAW, WE SHALL NOT BE LIABLE FOR ANY DATA SENT OR RECEIVED THROUGH THE SITE.\n\n"
        "Our website address is https://example.test.\n"
    )
    assert claims(text) == []


def test_antecedent_without_comma_ends_at_we() -> None:
    (claim,) = [c for c in claims("If an account is inactive for 24 months we delete it.\n") if c.type == "retention"]
    assert claim.modality == "conditional" and claim.polarity == "affirm"


def test_hard_wrapped_numbered_clause_is_a_paragraph_not_a_heading() -> None:
    text = ("4.  COOKIES\n\n"
            "4.1  Analytics cookies placed by Tallow Metrics, which counts visits\n"
            "     and page loads for us, are set only where the visitor has\n"
            "     consented through the preference centre.\n")
    sents = sentences(text)
    assert [text[s.start:s.end] for s in sents if s.heading] == ["4.  COOKIES"]
    body = [text[s.start:s.end] for s in sents if not s.heading]
    assert len(body) == 1 and body[0].startswith("4.1  Analytics cookies") and body[0].endswith("preference centre.")
    assert {(c.type, c.polarity) for c in read_text(text).claims} >= {("uses_cookies", "affirm")}
