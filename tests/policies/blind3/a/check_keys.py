"""Check the blind3/a annotations against their policies (stdlib only).

Every expected/<stem>.toml must have a policy <stem>.txt, .md or .html beside this file. Each `[[claim]]`
key must occur in the policy text exactly once (case-insensitive, white space folded; HTML is compared as
text with tags, scripts and styles removed and entities unescaped), so that a key names one sentence and
never an ambiguous pair. Types, polarities, modalities, data types and recipients must come from the
vocabulary of the brief. Run: python tests/policies/blind3/a/check_keys.py ; exit 0 clean, 1 problems.
"""

from __future__ import annotations

import html
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {
    "collects", "uses_cookies", "uses_web_beacons", "third_party_advertising", "third_party_analytics",
    "shares_personal_data", "sells_personal_data", "stores_full_card_number", "stores_card_security_code",
    "stores_partial_card", "encrypts_in_transit", "links_ip_to_identity", "retention",
    "collects_from_children", "honors_do_not_track", "consent_for_tracking", "security_measures",
    "logs_personal_data",
}
POLARITIES = {"affirm", "deny"}
MODALITIES = {"definite", "possible", "conditional"}
# The brief's list plus the few precise extras it allows; anything else is a typo.
DATA_TYPES = {
    "email", "name", "phone", "postal_address", "ip_address", "device_id", "browser_info", "location",
    "payment_card", "card_security_code", "browsing_history", "usage_data", "government_id",
    "date_of_birth", "health", "biometrics", "user_content", "personal_information",
    "financial_account", "password", "purchase_history",
}
RECIPIENTS = {
    "service_providers", "advertisers", "analytics_providers", "affiliates", "partners",
    "payment_processors", "government", "acquirer", "public", "third_parties",
}
FIELDS = {"type", "polarity", "modality", "data_types", "recipients", "key", "optional", "purposes", "bound"}


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def policy_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return fold(raw)


def check_claim(i: int, claim: dict[str, object], text: str) -> list[str]:
    where = f"claim {i}"
    errors = [f"{where}: unknown field {f!r}" for f in claim if f not in FIELDS]
    for field, allowed in (("type", TYPES), ("polarity", POLARITIES), ("modality", MODALITIES)):
        if claim.get(field) not in allowed:
            errors.append(f"{where}: bad {field} {claim.get(field)!r}")
    for field, allowed in (("data_types", DATA_TYPES), ("recipients", RECIPIENTS)):
        values = claim.get(field, [])
        if not isinstance(values, list) or (not values and field in claim):
            errors.append(f"{where}: {field} must be a non-empty list")
            continue
        errors += [f"{where}: bad {field[:-1]} {v!r}" for v in values if v not in allowed]
    if "optional" in claim and not isinstance(claim["optional"], bool):
        errors.append(f"{where}: optional must be true/false")
    key = claim.get("key")
    if not isinstance(key, str) or len(fold(key)) < 12:
        errors.append(f"{where}: key missing or shorter than 12 characters")
        return errors
    hits = text.count(fold(key))
    if hits != 1:
        errors.append(f"{where} ({claim.get('type')}): key {key!r} found {hits} times")
    return errors


def main() -> int:
    problems = 0
    totals: Counter[tuple[str, str]] = Counter()
    tomls = sorted((HERE / "expected").glob("*.toml"))
    if not tomls:
        print(f"{HERE / 'expected'}: no expected/*.toml files")
        return 1
    for toml_path in tomls:
        policies = [p for p in HERE.glob(toml_path.stem + ".*") if p.suffix in {".txt", ".md", ".html"}]
        if len(policies) != 1:
            print(f"{toml_path.name}: expected one policy named {toml_path.stem}.txt/.md/.html")
            problems += 1
            continue
        text = policy_text(policies[0])
        try:
            claims = tomllib.loads(toml_path.read_text(encoding="utf-8")).get("claim", [])
        except tomllib.TOMLDecodeError as exc:
            print(f"{toml_path.name}: not valid TOML: {exc}")
            problems += 1
            continue
        errors = [e for i, c in enumerate(claims, 1) for e in check_claim(i, c, text)]
        for error in errors:
            print(f"{toml_path.name}: {error}")
        problems += len(errors)
        totals.update((c.get("type", "?"), c.get("polarity", "?")) for c in claims)
        words = len(text.split())
        print(f"{policies[0].name}: {words} words, {len(claims)} claims, {len(errors)} problems")
    missing = sorted(t for t in TYPES if not any(k[0] == t for k in totals))
    if missing:
        print("claim types never used:", ", ".join(missing))
        problems += 1
    print(f"{sum(totals.values())} claims, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
