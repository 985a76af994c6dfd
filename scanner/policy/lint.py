"""Findings about the policy itself, not the site: disclosures a policy is expected to make but does not
(cookies, third parties, retention, user rights, contact), a "last updated" date older than the configured
age, a fee charged for erasure or access, and references to laws that have been repealed or invalidated.
The phrases live in rules/claims/lint.toml; finding ids hash the kind and the cited text so they are
stable across runs for waivers.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Any

from scanner.model import Claim, PolicyFinding
from scanner.policy.segment import Sentence
from scanner.resources import rules_dir

_MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_DATE = re.compile(
    r"(?P<mdy>(?P<m1>[a-z]{3,9})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4}))"
    r"|(?P<dmy>(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>[a-z]{3,9})\.?,?\s+(?P<y2>\d{4}))"
    r"|(?P<iso>(?P<y3>\d{4})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2}))"
    r"|(?P<num>(?P<a4>\d{1,2})[/.](?P<b4>\d{1,2})[/.](?P<y4>\d{4}))"
    r"|(?P<my>(?P<m5>[a-z]{3,9})\.?,?\s+(?P<y5>\d{4}))"
)


@cache
def _rules() -> dict[str, Any]:
    with (rules_dir() / "claims" / "lint.toml").open("rb") as handle:
        return tomllib.load(handle)


def _id(kind: str, text: str) -> str:
    return f"policy-{kind}-" + hashlib.sha256(f"{kind}|{' '.join(text.lower().split())}".encode()).hexdigest()[:10]


def parse_date(text: str) -> date | None:
    """First calendar date in `text` (month names, ISO, or numeric with the US order tried first)."""
    for m in _DATE.finditer(text.lower()):
        try:
            if m.group("mdy"):
                return date(int(m.group("y1")), _MONTHS[m.group("m1")[:3]], int(m.group("d1")))
            if m.group("dmy"):
                return date(int(m.group("y2")), _MONTHS[m.group("m2")[:3]], int(m.group("d2")))
            if m.group("iso"):
                return date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
            if m.group("num"):
                a, b, y = int(m.group("a4")), int(m.group("b4")), int(m.group("y4"))
                return date(y, a, b) if a <= 12 else date(y, b, a)
            if m.group("my"):
                return date(int(m.group("y5")), _MONTHS[m.group("m5")[:3]], 1)
        except (KeyError, ValueError):
            continue
    return None


def _updated(text: str, pattern: str) -> tuple[date, int, int] | None:
    for m in re.finditer(pattern, text, re.I):
        found = parse_date(text[m.end() : m.end() + 40])
        if found:
            return found, m.start(), m.end() + 40
    return None


def lint_policy(
    text: str, sents: Iterable[Sentence], claims: Iterable[Claim], max_age_days: int, today: date | None = None
) -> list[PolicyFinding]:
    rules = _rules()
    today = today or date.today()
    kinds = {c.type for c in claims}
    findings: list[PolicyFinding] = []
    for name, disclosure in rules["disclosure"].items():
        claimed = any(k in kinds for k in disclosure.get("claims", []))
        mentioned = any(re.search(p, text, re.I) for p in disclosure.get("phrases", []))
        if not claimed and not mentioned:
            findings.append(
                PolicyFinding(
                    id=_id("missing", name),
                    kind=f"missing_{name}",
                    message=disclosure["message"],
                    severity=disclosure.get("severity", "medium"),
                )
            )
    stamp = _updated(text, rules["updated"]["pattern"])
    if stamp is None:
        findings.append(PolicyFinding(id=_id("undated", ""), kind="undated", message=rules["updated"]["missing"], severity="low"))
    elif (today - stamp[0]).days > max_age_days:
        age = (today - stamp[0]).days
        findings.append(
            PolicyFinding(
                id=_id("stale", stamp[0].isoformat()),
                kind="stale",
                severity="medium",
                start=stamp[1],
                end=min(stamp[2], len(text)),
                message=f"last updated {stamp[0].isoformat()}, {age} days ago "
                f"(more than the {max_age_days} days allowed by policy.max_age_days)",
            )
        )
    for sent in sents:
        sentence = text[sent.start : sent.end]
        low = " ".join(sentence.lower().split())
        for check in rules["fee"]:
            if re.search(check["action"], low) and re.search(check["fee"], low) and not re.search(check.get("free", "$^"), low):
                findings.append(
                    PolicyFinding(
                        id=_id("fee", sentence),
                        kind="erasure_fee",
                        message=check["message"],
                        severity="medium",
                        start=sent.start,
                        end=sent.end,
                    )
                )
                break
        for law in rules["repealed"]:
            m = re.search(law["pattern"], sentence, re.I)
            if m:
                findings.append(
                    PolicyFinding(
                        id=_id("repealed", f"{law['name']}|{sentence}"),
                        kind="repealed_law",
                        severity=law.get("severity", "medium"),
                        message=f"cites {law['name']}: {law['message']}",
                        start=sent.start + m.start(),
                        end=sent.start + m.end(),
                    )
                )
    return findings
