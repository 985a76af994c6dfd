"""Mechanisms that carry over between unseen policies (issue #6, second pass): lines that only name topics
(contents entries, link lists, table rows of short cells, fixed-width table headers) carry no claims, and
the section or list around a statement says what kind of statement it is. Every sentence is our own wording."""

from __future__ import annotations

from scanner.model import Claim
from scanner.policy import read_text


def claims(text: str) -> list[Claim]:
    return list(read_text(text).claims)


def kinds(text: str) -> set[tuple[str, str]]:
    return {(c.type, c.polarity) for c in claims(text)}


def test_contents_entries_and_link_lines_carry_no_claims() -> None:
    md = (
        "# Privacy at Example\n\n## Contents\n\n"
        "- [Data we collect about you](#data-we-collect)\n- [Who we share it with](#sharing)\n- [Cookies we use](#cookies)\n\n"
        "## Data we collect\n\nWe collect your email address when you sign up.\n"
    )
    found = claims(md)
    assert [c.type for c in found] == ["collects"]
    assert "email address" in found[0].text


def test_plain_text_contents_section_names_topics_only() -> None:
    txt = (
        "CONTENTS\n\n  1. Information we collect\n  2. Sharing your information\n  3. Our cookies\n\n"
        "1. INFORMATION WE COLLECT\n\nWe ask for your postal address to deliver orders.\n"
    )
    assert {c.type for c in claims(txt)} == {"collects"}


def test_table_rows_of_short_cells_carry_no_claims_but_prose_cells_do() -> None:
    md = (
        "## Advertising partners\n\n| Partner | Role | Policy |\n|---|---|---|\n"
        "| Adnet One | ad network | adnet.example/privacy |\n| Tallyco | analytics | tally.example/privacy |\n\n"
        "| Question | Answer |\n|---|---|\n| What? | The personal data we collect can include your phone number and postal address. |\n"
    )
    found = claims(md)
    assert all("adnet" not in c.text.lower() and "tallyco" not in c.text.lower() for c in found)
    assert any(c.type == "collects" and "phone number" in c.text for c in found)


def test_fixed_width_table_header_and_rows_are_not_sentences() -> None:
    txt = (
        "We collected these categories last year:\n\n"
        "   Category              Examples                  Shared with\n"
        "   --------------------  ------------------------  ----------------\n"
        "   Identifiers           name, email address       service providers\n"
        "   Network activity      pages viewed              analytics vendors\n\n"
        "We do not sell personal information.\n"
    )
    found = claims(txt)
    assert not any("Examples" in c.text or "analytics vendors" in c.text for c in found)
    assert ("sells_personal_data", "deny") in kinds(txt)


def test_label_lines_and_noun_items_under_a_collection_heading_are_collections() -> None:
    md = (
        "## 2. Information we gather\n\n### 2.1 Details you hand us\n\n"
        "- **Profile details:** your nickname, email address and phone number.\n"
        "- your home address, which the courier needs;\n"
        "- Our app uses a session cookie in order to keep you signed in.\n\n"
        "## 3. How we use information\n\n- **Support:** your email address, to answer you.\n"
    )
    found = [c for c in claims(md) if c.type == "collects"]
    assert [c.text.split()[0] for c in found] == ["**Profile", "your"]
    assert all(c.polarity == "affirm" for c in found)


def test_lead_in_under_a_collection_heading_speaks_for_its_items() -> None:
    txt = (
        "WHAT DATA WE COLLECT\n\nDepending on the product you choose, this may include:\n\n"
        "- your date of birth;\n- bank account and sort code, if you pay by direct debit.\n"
    )
    (claim,) = [c for c in claims(txt) if c.type == "collects"]
    assert claim.modality == "possible" and claim.text.endswith("direct debit.")


def test_people_trading_goods_is_no_sale_of_personal_data() -> None:
    assert polarity_of_sale("We keep the photos and prices of the items you sell.") == set()
    assert polarity_of_sale("We log every deposit, withdrawal and trade you place, with your email address.") == set()
    assert polarity_of_sale("We never sell or trade your email address.") == {"deny"}


def polarity_of_sale(text: str) -> set[str]:
    return {c.polarity for c in claims(text) if c.type == "sells_personal_data"}


def test_wordings_by_class_partial_cards_transit_cameras_and_periods() -> None:
    # a partial card that reaches us, is shown, or stays visible; and its denial
    assert ("stores_partial_card", "affirm") in kinds("The processor sends us the card brand and the last 4 digits only.")
    assert ("stores_partial_card", "affirm") in kinds("Invoices display only the last four digits of the payment card.")
    assert ("stores_partial_card", "affirm") in kinds("Once paid, only the last four digits of the card remain visible in your account.")
    assert ("stores_partial_card", "deny") in kinds("Not even the last four digits of the card are sent to us.")
    assert ("collects", "affirm") not in kinds("Not even the last four digits of the card are sent to us.")
    # transit encryption in everyday words
    assert ("encrypts_in_transit", "affirm") in kinds("Payment details are encrypted while they travel to the bank.")
    # cameras on the premises, and where they are never put
    assert ("collects", "affirm") in kinds("Our stores operate surveillance cameras at every till.")
    assert ("collects", "deny") in kinds("Cameras are never placed in fitting rooms or washrooms.")
    assert kinds("Our cameras are sold in most electronics shops.") == set()
    # a passive period with "retained" and a permanent record
    assert ("retention", "affirm") in kinds("Exam scripts are retained permanently.")
    (ret,) = [c for c in claims("Helpline recordings are retained for 6 months.") if c.type == "retention"]
    assert ret.bound == "P6M"


def test_schedule_lines_under_a_retention_heading_are_retention_claims() -> None:
    txt = (
        "HOW LONG WE KEEP DATA\n\nWe keep records only as long as we need them:\n\n"
        "- Loan agreements: seven years after the loan ends;\n- CCTV footage: 31 days;\n- Alumni records: permanently.\n"
        "- Please tell us when your details change.\n"
    )
    found = [c for c in claims(txt) if c.type == "retention"]
    bounds = {c.text.split(":")[0].strip("- "): c.bound for c in found if ":" in c.text and "\n" not in c.text}
    assert bounds == {"Loan agreements": "P7Y", "CCTV footage": "P31D", "Alumni records": None}
    assert all(c.polarity == "affirm" for c in found)


def test_logs_that_hold_an_account_id_with_the_ip_address_link_them() -> None:
    assert ("links_ip_to_identity", "affirm") in kinds("Our API logs store the customer ID and IP address of each call.")
    assert ("links_ip_to_identity", "affirm") in kinds("We can associate an IP address with a particular customer when fraud is reported.")
    assert ("links_ip_to_identity", "affirm") in kinds("The hotspot logs each device and ties these records to your booking.")
    assert ("links_ip_to_identity", "affirm") not in kinds("Our web server logs record IP addresses and the pages requested.")
