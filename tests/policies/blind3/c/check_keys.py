"""Check the blind3/c annotations against their policy texts.

Every expected/<stem>.toml must have exactly one policy <stem>.{txt,md,html} beside this script. Each
`[[claim]]` key must occur in that policy's text (case-insensitive, white space folded; for .html the text
is taken with script/style bodies dropped, tags replaced by spaces and entities unescaped), and its type,
polarity, modality, data types and recipients must come from the vocabulary below. Prints one line per
problem and exits 1 if there is any, else prints a per-file summary and exits 0. Standard library only.
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
    "stores_partial_card", "encrypts_in_transit", "links_ip_to_identity", "retention",
    "collects_from_children", "honors_do_not_track", "consent_for_tracking", "security_measures",
    "logs_personal_data",
}
POLARITIES = {"affirm", "deny"}
MODALITIES = {"definite", "possible", "conditional"}
DATA_TYPES = {
    "email", "name", "phone", "postal_address", "ip_address", "device_id", "browser_info", "location",
    "payment_card", "card_security_code", "browsing_history", "usage_data", "government_id", "date_of_birth",
    "health", "biometrics", "user_content", "personal_information",
    # precise additions used in this part
    "financial_account", "password", "employment", "photo", "purchase_history", "sexual_orientation",
}
RECIPIENTS = {
    "service_providers", "advertisers", "analytics_providers", "affiliates", "partners",
    "payment_processors", "government", "acquirer", "public", "third_parties",
}
FIELDS = {"type", "polarity", "modality", "data_types", "recipients", "key", "optional", "purposes", "bound"}
EXTS = (".txt", ".md", ".html")


def fold(text: str) -> str:
    return " ".join(text.split()).lower()


def policy_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", raw)
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = html.unescape(re.sub(r"(?s)<[^>]+>", " ", raw))
    return fold(raw)


def check(toml_path: Path, base: Path) -> tuple[list[str], int]:
    problems: list[str] = []
    found = [base / (toml_path.stem + ext) for ext in EXTS if (base / (toml_path.stem + ext)).exists()]
    if len(found) != 1:
        return [f"{toml_path.name}: expected one policy named {toml_path.stem}.*, found {len(found)}"], 0
    text = policy_text(found[0])
    claims = tomllib.loads(toml_path.read_text(encoding="utf-8")).get("claim", [])
    for i, claim in enumerate(claims, 1):
        where = f"{toml_path.name} claim {i} ({claim.get('key', '?')!r})"
        extra = set(claim) - FIELDS
        if extra:
            problems.append(f"{where}: unknown field(s) {sorted(extra)}")
        if claim.get("type") not in TYPES:
            problems.append(f"{where}: bad type {claim.get('type')!r}")
        if claim.get("polarity") not in POLARITIES:
            problems.append(f"{where}: bad polarity {claim.get('polarity')!r}")
        if claim.get("modality") not in MODALITIES:
            problems.append(f"{where}: bad modality {claim.get('modality')!r}")
        for value in claim.get("data_types", []):
            if value not in DATA_TYPES:
                problems.append(f"{where}: bad data type {value!r}")
        for value in claim.get("recipients", []):
            if value not in RECIPIENTS:
                problems.append(f"{where}: bad recipient {value!r}")
        key = claim.get("key")
        if not isinstance(key, str) or not key.strip():
            problems.append(f"{where}: missing key")
        elif fold(key) not in text:
            problems.append(f"{where}: key not found in {found[0].name}")
    return problems, len(claims)


def main() -> int:
    base = Path(__file__).resolve().parent
    tomls = sorted((base / "expected").glob("*.toml"))
    if not tomls:
        print(f"{base / 'expected'}: no expected/*.toml files")
        return 1
    problems: list[str] = []
    for toml_path in tomls:
        found, count = check(toml_path, base)
        problems.extend(found)
        print(f"{toml_path.name}: {count} claims, {len(found)} problem(s)")
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
