"""Recall classes of the policy reader, in wordings of our own: the user, a device or the company keeping data as
the subject of a collection; retention said in a relative clause, after "no longer needed", as a legal duty or as
a denial of keeping; and the lexicon of data that such sentences name. Each class has sentences that must not be
read as the claim (user controls, periods, cards, confidentiality)."""

from __future__ import annotations

import pytest

from scanner.policy import read_text


def claims(text: str) -> dict[str, str]:
    return {c.type: c.polarity for c in read_text(text).claims}


@pytest.mark.parametrize(
    "sentence",
    [
        "You may also give us your mobile number so that couriers can reach you.",  # the user, as an option
        "Members can optionally add a short biography and a profile picture.",
        "Anyone applying for a grant may voluntarily provide details of a disability.",
        "Tenants paying by standing order will supply their bank account details.",
        "You might also send us product ratings and reviews.",
        "The thermostat transmits room temperature and occupancy data to our cloud every minute.",  # a device
        "The doorbell records video and audio when it detects motion.",
        "With your permission, the app can use your phone's camera to scan receipts.",
        "Entrance barriers read licence plates to open for permit holders.",
        "When you write to our help desk, we keep the messages and any attachments you send.",  # the company keeps
        "We store your login details and saved delivery addresses.",
        "The alumni office maintains records on graduates, including employment information.",
        "Copies of your ID documents are stored with your tenancy file.",
        "We obtain your credit report from a consumer reporting agency.",  # lexicon: credit reports
        "We receive a transaction ID and the price from the app store.",
    ],
)
def test_collection_by_user_device_or_keeping(sentence: str) -> None:
    assert claims(sentence).get("collects") == "affirm"


@pytest.mark.parametrize(
    "sentence",
    [
        "The vehicle will not send location data while private mode is on.",
        "Our verification partner checks your selfie; Acme never receives your face template.",
    ],
)
def test_denied_collection_by_device_or_company(sentence: str) -> None:
    assert claims(sentence).get("collects") == "deny"


@pytest.mark.parametrize(
    "sentence",
    [
        "You can delete your profile picture at any time in Settings.",  # a user control
        "Please do not send us card numbers by e-mail.",  # advice, not a practice
        "Material that customers upload to the workspace belongs to them.",  # a relative clause
        "We keep the confidentiality of your records.",
        "We keep your order records for six years.",  # a period: retention, not collection
        "Caregivers may enter details about the minors in their care.",  # children: the children's claim type
    ],
)
def test_not_a_collection(sentence: str) -> None:
    assert "collects" not in claims(sentence) or claims(sentence)["collects"] == "deny"
    assert claims(sentence).get("collects") != "affirm"


@pytest.mark.parametrize(
    ("sentence", "polarity", "bound"),
    [
        ("Our web servers keep access logs, which are erased after 21 days.", "affirm", "P21D"),
        ("If you stay inactive for two years, your account will be closed and your data deleted.", "affirm", "P2Y"),
        ("Once the records are no longer needed, they are shredded or anonymised.", "affirm", None),
        ("Tax law requires us to keep invoices, and we are obliged by the tax office to retain them.", "affirm", None),
        ("Raffle entries are thrown away after the draw.", "affirm", None),
        ("Voice snippets are deleted within 48 hours.", "affirm", "PT48H"),
        ("We do not keep your year of birth, only whether you are an adult.", "deny", None),
        ("Without a plan, recordings are not stored in the cloud.", "deny", None),
    ],
)
def test_retention_wordings(sentence: str, polarity: str, bound: str | None) -> None:
    found = [c for c in read_text(sentence).claims if c.type == "retention"]
    assert found and found[0].polarity == polarity
    assert found[0].bound == bound


@pytest.mark.parametrize(
    "sentence",
    [
        "Our contractors are obligated to maintain the confidentiality of your personal information.",
        "We do not store your card number.",  # a card claim
        "We never store passwords in plain text.",  # a security claim
        "We do not keep your location together with your account data.",  # linking, not keeping
    ],
)
def test_not_a_retention(sentence: str) -> None:
    assert "retention" not in claims(sentence)


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("When you book a lesson, your tutor sees your first name and your school year.", "affirm"),  # other people see
        ("Anyone with the invitation link can read the shared document and its comments.", "affirm"),
        ("These exchanges and the bidding platform receive your advertising identifier and IP address.", "affirm"),
        ("Our vendors process your account ID, device information and purchase history on our behalf.", "affirm"),
        ("At the employer's request, payroll data is transmitted to:", "affirm"),  # the recipients follow as a list
        ("The companies that receive your personal data are listed below.", "affirm"),
    ],
)
def test_sharing_with_others_as_subject(sentence: str, polarity: str) -> None:
    assert claims(sentence).get("shares_personal_data") == polarity


@pytest.mark.parametrize(
    "sentence",
    [
        "Only the people who need your records to do their jobs can see them.",  # access control, not sharing
        "Saved drafts are not encrypted, so anyone with access to your computer can open them.",
    ],
)
def test_not_sharing(sentence: str) -> None:
    assert claims(sentence).get("shares_personal_data") != "affirm"


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Every staff login requires two-step verification.", "affirm"),
        ("We pay researchers through a bug bounty programme.", "affirm"),
        ("Passwords are kept as a one-way hash.", "affirm"),
        ("Our servers sit in a locked data centre.", "affirm"),
        ("The online banking site signs you out automatically after ten minutes.", "affirm"),
        ("Chat messages are not end-to-end encrypted.", "deny"),
        ("Exported reports saved on your laptop are not encrypted.", "deny"),
    ],
)
def test_security_wordings(sentence: str, polarity: str) -> None:
    assert claims(sentence).get("security_measures") == polarity


def test_unencrypted_traffic_is_not_a_security_denial() -> None:
    assert claims("Our legacy archive is served over plain HTTP, and traffic to it is not encrypted.").get("security_measures") != "deny"


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Junior accounts may be opened for members under the age of majority with a guardian's consent.", "affirm"),
        ("We do not knowingly open accounts for minors.", "deny"),
        ("We don't knowingly hold information about anyone younger.", "deny"),
    ],
)
def test_children_accounts(sentence: str, polarity: str) -> None:
    assert claims(sentence).get("collects_from_children") == polarity


@pytest.mark.parametrize(
    "sentence",
    [
        "Passengers under 18 may only travel with an adult account holder.",  # a holder is not holding data
        "Audit reports are available to customers under a non-disclosure agreement.",  # "under" without an age
    ],
)
def test_not_a_childrens_claim(sentence: str) -> None:
    assert "collects_from_children" not in claims(sentence)
