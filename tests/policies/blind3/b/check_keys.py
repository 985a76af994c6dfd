"""Check the blind3/b annotations against their policy texts (standard library only).

Every expected/<stem>.toml must belong to exactly one policy file <stem>.{md,txt,html} in this directory; every
`[[claim]]` must carry a known type, polarity and modality, known data types and recipients, and a `key` that
occurs exactly once in the policy text (case-insensitive, white space folded). For .html the text is compared after dropping
tags, script/style bodies and unescaping entities, since that is what a reader sees. Exit 0 when all is well,
1 when a check fails (one line per problem), 2 when a file cannot be read.
"""
from __future__ import annotations

import html
import re
import sys
import tomllib
from html.parser import HTMLParser
from pathlib import Path

TYPES = {
    "collects", "uses_cookies", "uses_web_beacons", "third_party_advertising", "third_party_analytics",
    "shares_personal_data", "sells_personal_data", "stores_full_card_number", "stores_card_security_code",
    "stores_partial_card", "encrypts_in_transit", "links_ip_to_identity", "retention", "collects_from_children",
    "honors_do_not_track", "consent_for_tracking", "security_measures", "logs_personal_data",
}
POLARITIES = {"affirm", "deny"}
MODALITIES = {"definite", "possible", "conditional"}
DATA_TYPES = {
    "email", "name", "phone", "postal_address", "ip_address", "device_id", "browser_info", "location",
    "payment_card", "card_security_code", "browsing_history", "usage_data", "government_id", "date_of_birth",
    "health", "biometrics", "user_content", "personal_information",
    # precise additions used in this part (documented in README.md)
    "financial_account", "tax_id", "credit_history", "criminal_record", "vehicle_info", "password",
    "education_record", "photo",
}
RECIPIENTS = {
    "service_providers", "advertisers", "analytics_providers", "affiliates", "partners", "payment_processors",
    "government", "acquirer", "public", "third_parties",
}
KEYS = {"type", "polarity", "modality", "data_types", "recipients", "key", "optional", "bound", "purposes"}


class _Text(HTMLParser):
    """Collects text outside <script>/<style>; block tags become spaces so words do not run together."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


class Unreadable(Exception):
    """A policy or annotation file that cannot be read or parsed."""


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def policy_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        parser = _Text()
        parser.feed(raw)
        parser.close()
        raw = html.unescape("".join(parser.parts))
    return fold(raw)


def check(root: Path) -> list[str]:
    problems: list[str] = []
    for toml_path in sorted((root / "expected").glob("*.toml")):
        matches = [p for p in root.glob(toml_path.stem + ".*") if p.suffix in (".md", ".txt", ".html")]
        if len(matches) != 1:
            problems.append(f"{toml_path.name}: expected one policy file {toml_path.stem}.*, found {len(matches)}")
            continue
        try:
            text = policy_text(matches[0])
            claims = tomllib.loads(toml_path.read_text(encoding="utf-8")).get("claim", [])
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise Unreadable(f"{toml_path.name}: {exc}") from exc
        if not claims:
            problems.append(f"{toml_path.name}: no [[claim]] entries")
        for i, claim in enumerate(claims, 1):
            where = f"{toml_path.name} claim {i}"
            for name in set(claim) - KEYS:
                problems.append(f"{where}: unknown field {name!r}")
            if claim.get("type") not in TYPES:
                problems.append(f"{where}: unknown type {claim.get('type')!r}")
            if claim.get("polarity") not in POLARITIES:
                problems.append(f"{where}: unknown polarity {claim.get('polarity')!r}")
            if claim.get("modality") not in MODALITIES:
                problems.append(f"{where}: unknown modality {claim.get('modality')!r}")
            for value in claim.get("data_types", []):
                if value not in DATA_TYPES:
                    problems.append(f"{where}: unknown data type {value!r}")
            for value in claim.get("recipients", []):
                if value not in RECIPIENTS:
                    problems.append(f"{where}: unknown recipient {value!r}")
            key = claim.get("key")
            if not isinstance(key, str) or not key.strip():
                problems.append(f"{where}: missing key")
            elif fold(key) not in text:
                problems.append(f"{where}: key not in {matches[0].name}: {key!r}")
            elif text.count(fold(key)) > 1:
                # an ambiguous key would let a claim from another sentence match this entry
                problems.append(f"{where}: key occurs {text.count(fold(key))} times: {key!r}")
    return problems


def main() -> int:
    root = Path(__file__).resolve().parent
    try:
        problems = check(root)
    except Unreadable as exc:
        print(f"check_keys: cannot read {exc}", file=sys.stderr)
        return 2
    for line in problems:
        print(line)
    if not problems:
        print(f"check_keys: {len(list((root / 'expected').glob('*.toml')))} files, all keys found")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
