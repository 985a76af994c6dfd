"""Recall classes of the sixth pass, in wordings of our own (none taken from a corpus policy): a recipient named as the
subject or first object of a transfer, transfers by filing, transmitting or in a corporate transaction, data made
public or kept from view, and the breadth of the data-type vocabulary (identity numbers, employment and criminal
records, vehicles, fitness, finance, instructions and codes)."""

from __future__ import annotations

import pytest

from scanner.policy import read_text


def kinds(text: str) -> set[tuple[str, str]]:
    return {(c.type, c.polarity) for c in read_text(text).claims}


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        # the recipient is the subject
        ("Our printing contractor receives the names and delivery addresses on each order.", "affirm"),
        ("The courier gets only your first name and the delivery window you chose.", "affirm"),
        ("Fernhollow Logistics Ltd. receives the parcel weight and your postcode.", "affirm"),
        ("The lender never receives your browsing history.", "deny"),
        # the recipient is the first object
        ("We send the airline your passport number and seat preference.", "affirm"),
        ("We will never give a landlord your bank account number.", "deny"),
        ("Bookings go to our venue partners, to which we send your name and party size.", "affirm"),
        # filing, transmitting, a corporate transaction
        ("Each April we file tax returns and payroll details with the revenue office.", "affirm"),
        ("Our platform transmits your claim details to your insurer on your behalf.", "affirm"),
        ("Customer records could be transferred as part of a merger or the sale of our business.", "affirm"),
        ("The data we disclose to hauliers is limited to your name and address.", "affirm"),
        # made public, or kept from view
        ("Reviews you write, with your first name, are public and can be read by any visitor.", "affirm"),
        ("Your donation amount will be visible to other supporters on the campaign page.", "affirm"),
        ("Your home address is never displayed on your seller page.", "deny"),
        ("Members' email addresses are not made public.", "deny"),
    ],
)
def test_disclosure_wordings(sentence: str, polarity: str) -> None:
    assert ("shares_personal_data", polarity) in kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our drivers receive road safety training every year.",  # training, not data
        "Volunteers get a copy of this notice when they sign up.",
        "We may use information that is publicly available, such as company registers.",
        "Saved drafts remain visible in your account until you delete them.",
    ],
)
def test_not_disclosures(sentence: str) -> None:
    assert "shares_personal_data" not in {t for t, _ in kinds(sentence)}


def test_recipient_subject_is_not_our_collection() -> None:
    got = kinds("The research agency receives your email address to send the survey link.")
    assert ("shares_personal_data", "affirm") in got and ("collects", "affirm") not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "We collect your CV, cover letter and interview notes when you apply for a vacancy.",
        "We do not collect your Medicare number or tax file number.",
        "We record your driving licence number and the outcome of the criminal record check.",
        "We collect the VIN and odometer readings of the car you trade in.",
        "We collect meals, water intake and step counts that you log.",
        "We collect the IBAN and sort code of the account you pay from.",
        "We record the door codes and delivery instructions you give the courier.",
    ],
)
def test_data_vocabulary(sentence: str) -> None:
    assert "collects" in {t for t, _ in kinds(sentence)}


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        # others hand data to us
        ("Single sign-on providers give us your display name and email address.", "affirm"),
        ("Tenant referencing agencies return the results of the affordability checks to us.", "affirm"),
        ("Credit bureaus may supply information to help us confirm your identity.", "affirm"),
        ("Your heart-rate readings are uploaded to us every night.", "affirm"),
        ("Your saved routes are kept on your phone and are not sent to us.", "deny"),
        # capturing and acquiring
        ("Our volunteers photograph the fun run and may take pictures of the finish line.", "affirm"),
        ("We never purchase mailing lists or contact details from list brokers.", "deny"),
        # what a kind of data consists of
        ("Diagnostic data does not include the content of your documents.", "deny"),
        # the user adds data, a device reports it
        ("You may choose to add allergy notes and gate codes to your profile.", "affirm"),
        ("The e-bike reports its GPS position and battery level to us while it is rented.", "affirm"),
    ],
)
def test_collection_wordings(sentence: str, polarity: str) -> None:
    assert ("collects", polarity) in kinds(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind", "polarity"),
    [
        ("We won't set optional cookies unless you switch them on.", "consent_for_tracking", "affirm"),
        ("Outside Europe, measurement cookies are set by default.", "consent_for_tracking", "deny"),
        ("Marketing cookies stay on unless you switch them off in the footer.", "consent_for_tracking", "deny"),
        ("We may work out the organisation you belong to from your IP address.", "links_ip_to_identity", "affirm"),
        ("We tie these sign-in entries to your customer account.", "links_ip_to_identity", "affirm"),
        ("Access to passport scans and selfie images is restricted to two named members of the fraud team.", "security_measures", "affirm"),
        ("Helpdesk staff do not access your files unless you ask them to.", "security_measures", "affirm"),
        ("Agents see masked account numbers only.", "security_measures", "affirm"),
        ("Each school's records are logically separated from every other school's.", "security_measures", "affirm"),
        ("App updates are downloaded over an encrypted connection.", "encrypts_in_transit", "affirm"),
        ("Our phone system logs the caller's number and the length of the call.", "logs_personal_data", "affirm"),
        ("Security logs of sign-in attempts are kept for one year.", "logs_personal_data", "affirm"),
        ("Card numbers are stored only by our payment gateway.", "stores_full_card_number", "deny"),
        ("We don't keep any digits of the card you use for refunds.", "stores_partial_card", "deny"),
        ("We do not photograph children at our holiday clubs.", "collects_from_children", "deny"),
        ("Young volunteers aged 14 to 17 can sign up with a parent's consent.", "collects_from_children", "affirm"),
        ("These analytics tags may, however, be considered a sale under state law.", "sells_personal_data", "affirm"),
    ],
)
def test_other_type_wordings(sentence: str, kind: str, polarity: str) -> None:
    assert (kind, polarity) in kinds(sentence)


def test_retention_line_with_a_bound(tmp_path: object) -> None:
    text = "# How long we keep data\n\n- Support tickets: no longer than 3 years.\n- Server logs: not kept beyond 30 days.\n"
    got = [c for c in read_text(text).claims if c.type == "retention"]
    assert len(got) == 2 and all(c.polarity == "affirm" for c in got) and {c.bound for c in got} == {"P3Y", "P30D"}


def test_company_suffix_before_a_name_and_verb_ends_the_sentence() -> None:
    text = "Payments are handled by Tillbright Payments Ltd. Fernhollow never stores your full card number."
    got = read_text(text).claims
    assert ("stores_full_card_number", "deny") in {(c.type, c.polarity) for c in got}
    assert all(c.text.startswith("Fernhollow") for c in got if c.type == "stores_full_card_number")


@pytest.mark.parametrize(
    ("sentence", "kind", "polarity"),
    [
        ("If you apply for a role and receive an offer, we collect your references and your CV.", "collects", "affirm"),
        ("We do not knowingly collect personal data from people in sanctioned countries.", "collects", "deny"),
        ("Our cloud providers, such as Nimbusbox, store support tickets and account data in Ireland.", "shares_personal_data", "affirm"),
        ("Listening activity on the kids profile is never passed to advertisers.", "shares_personal_data", "deny"),
        ("When you submit a loan application, we send it to two finance companies for a decision.", "shares_personal_data", "affirm"),
        ("Account pages are excluded from analytics.", "third_party_analytics", "deny"),
        ("We use a courier firm, which receives information needed to deliver your box.", "shares_personal_data", "affirm"),
    ],
)
def test_more_wordings(sentence: str, kind: str, polarity: str) -> None:
    assert (kind, polarity) in kinds(sentence)


def test_age_notice_about_people_named_before_is_not_a_collection_denial() -> None:
    text = "Our app is not meant for anyone under 13. We do not knowingly collect their personal information."
    assert ("collects", "deny") not in kinds(text)


def test_fallback_says_nothing_where_a_negation_is_out_of_its_reach() -> None:
    # the learned fallback's trigger here is the word it weighs most ("because there"), outside the negated verb: an
    # affirmed reading would be a polarity error, so it stays silent whatever the sentence scores
    from scanner.policy.lexicon import load_lexicon
    from scanner.policy.segment import sentences
    from scanner.policy.semantic import load_model, sentence_claim

    text = 'Because there is no common standard, our apps do not react to "Do Not Track" signals sent by browsers.'
    model = load_model()
    _, feats = model.scores(text)
    claim = sentence_claim(text, sentences(text)[0], "honors_do_not_track", 0.95, feats, model, load_lexicon(), None)
    assert claim is None or claim.polarity == "deny"


def test_table_under_a_sub_heading_of_the_collection_section() -> None:
    text = (
        "# Privacy notice\n\n## Information we collect\n\n### From all members\n\n| What | Examples | Why |\n|---|---|---|\n"
        "| Contact details | full name, mobile number, email address, home address "
        "| To run your membership and send renewal reminders |\n\n"
        "## Sharing\n\n### Partners\n\n| Who | What | Why |\n|---|---|---|\n"
        "| Printers | full name, postal address and membership number | To post your membership card and yearbook |\n"
    )
    got = [c for c in read_text(text).claims if c.type == "collects"]
    assert any("mobile number" in c.text for c in got)
    assert not any("Printers" in c.text for c in got)  # a sibling heading ends the collection section
