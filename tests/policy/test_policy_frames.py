"""The dependency frames (scanner/policy/deps.py, rules/claims/frames.toml): wording no pattern of claims.toml
knows still becomes a claim when the parse relates a frame verb to the company and a kind of data; negation is
scoped by the parse; relative clauses, wh- clauses, devices as recipients and third-party subjects are not
claims. Each sentence is checked with the frames on and off, so a case the patterns already catch cannot pass
here by accident. Also the logs_personal_data claim type (patterns and frames)."""

from __future__ import annotations

import pytest

from scanner.policy import read_text
from scanner.policy.claims import extract_claims
from scanner.policy.lexicon import load_lexicon
from scanner.policy.segment import sentences


def found(text: str, frames_on: bool = True) -> dict[str, str]:
    return {c.type: c.polarity for c in extract_claims(text, sentences(text), load_lexicon(), None, frames_on)}


@pytest.mark.parametrize(
    ("sentence", "kind", "polarity"),
    [
        ("We will never sell or swap your details.", "shares_personal_data", "deny"),
        ("We may also add publicly available information to what we know about you.", "collects", "affirm"),
        ("Your postcode is handed to the courier.", "shares_personal_data", "affirm"),
        ("Your delivery address is relayed to our couriers.", "shares_personal_data", "affirm"),
        ("We do not hand your email address to anyone.", "shares_personal_data", "deny"),
        ("We will not divulge your phone number.", "shares_personal_data", "deny"),
        ("We never expose your email address to other members.", "shares_personal_data", "deny"),
        ("We harvest email addresses from public directories.", "collects", "affirm"),
        ("We import your address book if you allow it.", "collects", "affirm"),
        ("We take a copy of your passport.", "collects", "affirm"),
        ("We note your IP address when you sign in.", "collects", "affirm"),
        ("We detect your device type and browser language.", "collects", "affirm"),
        ("We do not monetise your personal information.", "sells_personal_data", "deny"),
    ],
)
def test_frames_read_wording_the_patterns_do_not_know(sentence: str, kind: str, polarity: str) -> None:
    assert kind not in found(sentence, frames_on=False)
    assert found(sentence).get(kind) == polarity


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Anything you post can be read, collected and used by other members.", "collects"),  # third-party agent
        ("This policy explains why we gather your information.", "collects"),  # wh- clause
        ("When you use our products, we send to your computer one or more cookies.", "shares_personal_data"),  # a device
        ("We will ask for your express permission to publish that information.", "collects"),  # not data
        ("We use this information only to bake, deliver and take payment for your order.", "collects"),
        ("Server logs are kept for 30 days and then deleted.", "logs_personal_data"),  # says nothing of content
        ("We do not need to know your date of birth.", "security_measures"),  # not a need-to-know control
        ("We keep the confidentiality of your records.", "collects"),  # "keep ... of" only for records, copies, logs
    ],
)
def test_frames_stay_quiet_where_no_claim_is_made(sentence: str, kind: str) -> None:
    assert kind not in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Under some state laws, letting ad networks collect your advertising ID can count as a sale.",
        "We have configured the tool so that it does not receive your email address.",
        "You have the right to access and obtain a copy of your personal data.",
    ],
)
def test_the_parse_vetoes_a_collection_done_by_others(sentence: str) -> None:
    assert "collects" not in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our website collects your IP address.",
        "Acme collects personally identifiable information.",
        "The app uses GPS to record your route.",
    ],
)
def test_the_veto_keeps_the_company_and_its_names(sentence: str) -> None:
    assert found(sentence).get("collects") == "affirm"


@pytest.mark.parametrize(
    ("sentence", "polarity", "modality"),
    [
        ("We do not log personal data.", "deny", "definite"),
        ("Our server logs record IP addresses and browser user agents.", "affirm", "definite"),
        ("IP addresses are logged for security.", "affirm", "definite"),
        ("We never write card numbers to our logs.", "deny", "definite"),
        ("Personal data is kept out of our application logs.", "deny", "definite"),
        ("Our access logs capture the IP address and browser of each visitor.", "affirm", "definite"),
        ("We may log your search queries to improve results.", "affirm", "possible"),
        ("We strip email addresses before they are logged.", "deny", "definite"),
        ("Our logs do not contain personal information.", "deny", "definite"),
        ("These logs never contain card numbers.", "deny", "definite"),
        ("Your password is never logged or stored in plain text.", "deny", "definite"),
    ],
)
def test_logs_personal_data(sentence: str, polarity: str, modality: str) -> None:
    claim = next((c for c in read_text(sentence).claims if c.type == "logs_personal_data"), None)
    assert claim is not None, sentence
    assert (claim.polarity, claim.modality) == (polarity, modality)


@pytest.mark.parametrize(
    "sentence", ["You can log in with Google.", "Log files are deleted after 30 days.", "Read our blog for updates on your data."]
)
def test_no_logging_claim_without_logged_data(sentence: str) -> None:
    assert all(c.type != "logs_personal_data" for c in read_text(sentence).claims)


def test_analysing_data_is_a_collection_in_the_frames() -> None:
    claims = read_text("To tailor offers, we analyse your stay history, spending and preferences.").claims
    assert {(c.type, c.polarity) for c in claims if c.type == "collects"} == {("collects", "affirm")}
