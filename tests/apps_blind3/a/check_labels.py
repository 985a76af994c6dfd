"""Consistency check for the labels of this blind code corpus (stdlib only).

Verifies that every LABELS.toml entry names an existing file, that its line contains its anchor, that a span
contains its line and stays inside the file, that MANIFEST lists exactly the [[finding]] entries, that no
(kind, file, line, category) appears twice, that categories are known, and that every card number quoted in a
card_number_literal finding's anchor is Luhn-valid. Run: python3 tests/apps_blind3/a/check_labels.py
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CATEGORIES = {
    "pii_logging",
    "card_number_storage",
    "card_security_code_storage",
    "card_data_logging",
    "pii_to_third_party",
    "insecure_transport",
    "card_number_literal",
}
CANDIDATE = re.compile(r"\d(?:[ -]?\d){12,18}")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def check() -> list[str]:
    errors: list[str] = []
    data = tomllib.loads((ROOT / "LABELS.toml").read_text(encoding="utf-8"))
    seen: set[tuple[str, str, int, str]] = set()
    findings: set[str] = set()
    cache: dict[str, list[str]] = {}
    for kind in ("finding", "neutral", "safe"):
        for entry in data.get(kind, []):
            where = f"[[{kind}]] {entry.get('file')}:{entry.get('line')}"
            path = ROOT / entry["file"]
            if not path.is_file():
                errors.append(f"{where}: file does not exist")
                continue
            lines = cache.setdefault(entry["file"], path.read_text(encoding="utf-8").splitlines())
            line = entry["line"]
            if not 1 <= line <= len(lines):
                errors.append(f"{where}: line out of range (file has {len(lines)} lines)")
                continue
            anchor = entry.get("anchor")
            if not anchor:
                errors.append(f"{where}: no anchor")
            elif anchor not in lines[line - 1]:
                errors.append(f"{where}: anchor {anchor!r} not on the line")
            category = entry.get("category")
            if kind != "safe" and category not in CATEGORIES:
                errors.append(f"{where}: unknown category {category!r}")
            if kind == "safe" and category is not None and category not in CATEGORIES:
                errors.append(f"{where}: unknown category {category!r}")
            if not entry.get("reason"):
                errors.append(f"{where}: no reason")
            if "span" in entry:
                first, last = entry["span"]
                if not (first <= line <= last) or last > len(lines):
                    errors.append(f"{where}: span {entry['span']} does not contain the line or leaves the file")
            key = (kind, entry["file"], line, category or "")
            if key in seen:
                errors.append(f"{where}: duplicate entry for {category}")
            seen.add(key)
            if kind == "finding":
                findings.add(f"{entry['file']}:{line} {category}")
                if category == "card_number_literal":
                    numbers = [re.sub(r"\D", "", m) for m in CANDIDATE.findall(anchor or "")]
                    if not numbers:
                        errors.append(f"{where}: no card number in the anchor")
                    for number in numbers:
                        if not luhn_ok(number):
                            errors.append(f"{where}: {number[:6]}… fails the Luhn check")
    manifest = {
        row.strip()
        for row in (ROOT / "MANIFEST").read_text(encoding="utf-8").splitlines()
        if row.strip() and not row.startswith("#")
    }
    for row in sorted(manifest - findings):
        errors.append(f"MANIFEST row without a [[finding]]: {row}")
    for row in sorted(findings - manifest):
        errors.append(f"[[finding]] missing from MANIFEST: {row}")
    return errors


def main() -> int:
    errors = check()
    for error in errors:
        print(error)
    data = tomllib.loads((ROOT / "LABELS.toml").read_text(encoding="utf-8"))
    counts = {kind: len(data.get(kind, [])) for kind in ("finding", "neutral", "safe")}
    status = "FAILED" if errors else "ok"
    print(f"{status}: {counts['finding']} findings, {counts['neutral']} neutral, {counts['safe']} safe")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
