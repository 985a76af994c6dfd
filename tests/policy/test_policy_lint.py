"""Policy lint: missing disclosures, a stale or missing "last updated" date, an erasure fee, repealed laws."""

from __future__ import annotations

from datetime import date

from scanner.policy import read_text
from scanner.policy.lint import parse_date

FULL = """# Privacy Policy

Last updated: March 3, 2024

We collect your email address. We use cookies to keep you signed in. We share data with our service providers.
We keep account data for two years after your last login. You have the right to access and delete your data.
Contact us at privacy@example.com.
"""


def kinds(text: str, today: date = date(2024, 6, 1), max_age_days: int = 730) -> set[str]:
    return {f.kind for f in read_text(text, max_age_days=max_age_days, today=today).findings}


def test_a_complete_recent_policy_has_no_findings() -> None:
    assert kinds(FULL) == set()


def test_missing_disclosures_are_each_reported() -> None:
    found = kinds("Last updated: March 3, 2024\n\nWe collect your email address to send you our newsletter.\n")
    assert {"missing_cookies", "missing_third_parties", "missing_retention", "missing_user_rights", "missing_contact"} <= found


def test_stale_and_missing_dates() -> None:
    assert "stale" in kinds(FULL, today=date(2027, 1, 1))
    assert "stale" not in kinds(FULL, today=date(2027, 1, 1), max_age_days=5000)
    assert "undated" in kinds(FULL.replace("Last updated: March 3, 2024", ""))
    stale = next(f for f in read_text(FULL, today=date(2030, 1, 1)).findings if f.kind == "stale")
    assert stale.start is not None and FULL[stale.start :].startswith("Last updated")


def test_erasure_fee_and_repealed_laws() -> None:
    text = FULL + "\nWe will remove your information promptly for a small fee. Transfers rely on the EU-US Privacy Shield.\n"
    text += "You may request your data under the Data Protection Act 1998.\n"
    found = read_text(text, today=date(2024, 6, 1)).findings
    assert {"erasure_fee", "repealed_law"} <= {f.kind for f in found}
    laws = " ".join(f.message for f in found if f.kind == "repealed_law")
    assert "Privacy Shield" in laws and "1998" in laws
    assert "erasure_fee" not in kinds(FULL + "\nDeletion requests are free of charge.\n")


def test_date_formats() -> None:
    assert parse_date("Feb. 21, 2012") == date(2012, 2, 21)
    assert parse_date("14 March 2024") == date(2024, 3, 14)
    assert parse_date("2025-02-02") == date(2025, 2, 2)
    assert parse_date("on 31/12/2020") == date(2020, 12, 31)


def test_finding_ids_are_stable() -> None:
    a = read_text(FULL, today=date(2030, 1, 1)).findings
    b = read_text(FULL, today=date(2030, 1, 1)).findings
    assert [f.id for f in a] == [f.id for f in b] and a
