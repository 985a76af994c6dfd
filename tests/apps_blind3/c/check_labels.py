"""Consistency check for the labels of blind code corpus c (stdlib only).

Run: python3 tests/apps_blind3/c/check_labels.py. Verifies that every [[finding]], [[neutral]] and [[safe]]
entry in LABELS.toml names an existing file, that its line contains its anchor, that a span contains its line
and stays inside the file, that MANIFEST lists exactly the findings, that every labelled card-number literal is
Luhn-valid, and that long digit runs on safe lines are not. Exits 0 when all hold, 1 otherwise.
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
DIGIT_RUN = re.compile(r"(?<![\d*])\d(?:[ -]?\d){12,18}(?!\d)")


def luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def runs(text: str) -> list[str]:
    return [re.sub(r"[ -]", "", m.group(0)) for m in DIGIT_RUN.finditer(text)]


def main() -> int:
    errors: list[str] = []
    data = tomllib.loads((ROOT / "LABELS.toml").read_text(encoding="utf-8"))
    cache: dict[str, list[str]] = {}
    findings: set[str] = set()
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
                errors.append(f"{where}: line out of range")
                continue
            anchor = entry.get("anchor")
            if not anchor or anchor not in lines[line - 1]:
                errors.append(f"{where}: anchor {anchor!r} not on the line")
            if kind != "safe" and entry.get("category") not in CATEGORIES:
                errors.append(f"{where}: unknown category {entry.get('category')!r}")
            if "span" in entry:
                first, last = entry["span"]
                if not (1 <= first <= line <= last <= len(lines)):
                    errors.append(f"{where}: span {entry['span']} does not contain the line")
            if kind != "safe" and entry["category"] == "card_number_literal":
                found = runs(anchor or "")
                if not found or not all(luhn(d) for d in found):
                    errors.append(f"{where}: labelled card literal is not Luhn-valid: {found}")
            if kind == "safe":
                bad = [d for d in runs(lines[line - 1]) if luhn(d)]
                if bad:
                    errors.append(f"{where}: safe line carries a Luhn-valid digit run")
            if kind == "finding":
                findings.add(f"{entry['file']}:{line} {entry['category']}")
    manifest = {
        row.strip()
        for row in (ROOT / "MANIFEST").read_text(encoding="utf-8").splitlines()
        if row.strip() and not row.startswith("#")
    }
    for row in sorted(findings - manifest):
        errors.append(f"MANIFEST lacks {row}")
    for row in sorted(manifest - findings):
        errors.append(f"MANIFEST has {row} which is no [[finding]]")
    for message in errors:
        print(message)
    counts = {k: len(data.get(k, [])) for k in ("finding", "neutral", "safe")}
    print(f"{'FAIL' if errors else 'ok'}: {counts['finding']} findings, {counts['neutral']} neutral, {counts['safe']} safe")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
