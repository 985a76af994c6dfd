"""Checks the blind4/a annotations: every key occurs in its policy text and every value is from the vocabulary.

Matching mirrors the scoring convention: case-insensitive, white space folded; for .html files the key is
compared against the text with tags removed and entities unescaped. Exits 0 when all files pass, 1 otherwise.
Standard library only (tomllib, Python 3.11+).
"""

from __future__ import annotations

import html
import re
import sys
import tomllib
from pathlib import Path

TYPES = {
    "collects", "uses_cookies", "uses_web_beacons", "third_party_advertising", "third_party_analytics",
    "shares_personal_data", "sells_personal_data", "stores_full_card_number", "stores_card_security_code",
    "stores_partial_card", "encrypts_in_transit", "links_ip_to_identity", "retention", "collects_from_children",
    "honors_do_not_track", "consent_for_tracking", "security_measures", "logs_personal_data",
}
POLARITIES = {"affirm", "deny"}
MODALITIES = {"definite", "possible", "conditional"}
RECIPIENTS = {
    "service_providers", "advertisers", "analytics_providers", "affiliates", "partners", "payment_processors",
    "government", "acquirer", "public", "third_parties",
}
DATA_TYPES = {
    "email", "name", "phone", "postal_address", "ip_address", "device_id", "browser_info", "location",
    "payment_card", "card_security_code", "browsing_history", "usage_data", "government_id", "date_of_birth",
    "health", "biometrics", "user_content", "personal_information",
    # precise additions used in this part (documented in README.md)
    "financial_account", "password", "audio_recording", "video_recording",
}


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def policy_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return fold(raw)


def check(toml_path: Path) -> list[str]:
    base = toml_path.parent.parent
    matches = [p for p in base.iterdir() if p.stem == toml_path.stem and p.suffix in {".txt", ".md", ".html"}]
    if len(matches) != 1:
        return [f"{toml_path.name}: expected exactly one policy named {toml_path.stem}.*, found {len(matches)}"]
    text = policy_text(matches[0])
    errors: list[str] = []
    claims = tomllib.loads(toml_path.read_text(encoding="utf-8")).get("claim", [])
    for i, c in enumerate(claims):
        where = f"{toml_path.name} claim {i + 1} ({c.get('key')!r})"
        if c.get("type") not in TYPES:
            errors.append(f"{where}: bad type {c.get('type')!r}")
        if c.get("polarity") not in POLARITIES:
            errors.append(f"{where}: bad polarity {c.get('polarity')!r}")
        if c.get("modality") not in MODALITIES:
            errors.append(f"{where}: bad modality {c.get('modality')!r}")
        for d in c.get("data_types", []):
            if d not in DATA_TYPES:
                errors.append(f"{where}: bad data type {d!r}")
        for r in c.get("recipients", []):
            if r not in RECIPIENTS:
                errors.append(f"{where}: bad recipient {r!r}")
        key = fold(str(c.get("key", "")))
        if not key:
            errors.append(f"{where}: empty key")
        elif key not in text:
            errors.append(f"{where}: key not found in {matches[0].name}")
    return errors


def main() -> int:
    expected = Path(__file__).resolve().parent / "expected"
    errors: list[str] = []
    total = 0
    for toml_path in sorted(expected.glob("*.toml")):
        total += len(tomllib.loads(toml_path.read_text(encoding="utf-8")).get("claim", []))
        errors.extend(check(toml_path))
    for e in errors:
        print(e)
    print(f"{total} claims, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
