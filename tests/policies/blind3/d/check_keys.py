"""Check the blind3/d annotations against their policies (stdlib only).

For every expected/<stem>.toml this verifies that a policy <stem>.{txt,md,html} exists, that every `key` occurs
in the policy text (case-insensitive, white space folded; for .html against the text with tags removed and
entities unescaped), and that type, polarity, modality, data_types and recipients use the agreed vocabulary.
Run: python3 tests/policies/blind3/d/check_keys.py  (exit 0 when clean, 1 when a problem was found).
"""

from __future__ import annotations

import html
import re
import sys
import tomllib
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent

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
    # precise additions used in this part
    "password", "financial_account", "audio_recording", "video_recording", "education_records",
    "vehicle_data", "race_ethnicity",
}
RECIPIENTS = {
    "service_providers", "advertisers", "analytics_providers", "affiliates", "partners", "payment_processors",
    "government", "acquirer", "public", "third_parties",
}
ALLOWED_FIELDS = {"type", "polarity", "modality", "data_types", "recipients", "key", "optional", "purposes", "bound"}


class _Text(HTMLParser):
    """Collects text nodes, skipping script and style, with a space at every tag boundary."""

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


def check(expected: Path) -> list[str]:
    problems: list[str] = []
    sources = [p for p in HERE.glob(expected.stem + ".*") if p.suffix in (".txt", ".md", ".html")]
    if len(sources) != 1:
        return [f"{expected.name}: expected exactly one policy file, found {len(sources)}"]
    text = policy_text(sources[0])
    claims = tomllib.loads(expected.read_text(encoding="utf-8")).get("claim", [])
    if not claims:
        problems.append(f"{expected.name}: no [[claim]] entries")
    for i, claim in enumerate(claims, 1):
        where = f"{expected.name} claim {i}"
        extra = set(claim) - ALLOWED_FIELDS
        if extra:
            problems.append(f"{where}: unknown field(s) {sorted(extra)}")
        if claim.get("type") not in TYPES:
            problems.append(f"{where}: bad type {claim.get('type')!r}")
        if claim.get("polarity") not in POLARITIES:
            problems.append(f"{where}: bad polarity {claim.get('polarity')!r}")
        if claim.get("modality") not in MODALITIES:
            problems.append(f"{where}: bad modality {claim.get('modality')!r}")
        for field, vocab in (("data_types", DATA_TYPES), ("recipients", RECIPIENTS)):
            for value in claim.get(field, []):
                if value not in vocab:
                    problems.append(f"{where}: bad {field} value {value!r}")
        key = claim.get("key")
        if not isinstance(key, str) or not key.strip():
            problems.append(f"{where}: missing key")
        elif fold(key) not in text:
            problems.append(f"{where}: key not found in {sources[0].name}: {key!r}")
    return problems


def main() -> int:
    files = sorted((HERE / "expected").glob("*.toml"))
    if not files:
        print("no expected/*.toml files found", file=sys.stderr)
        return 1
    problems: list[str] = []
    for expected in files:
        problems.extend(check(expected))
    for problem in problems:
        print(problem)
    print(f"{len(files)} annotation file(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
