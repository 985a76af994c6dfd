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
