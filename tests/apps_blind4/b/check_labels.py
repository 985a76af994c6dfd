"""Consistency check of this corpus's labels (stdlib only).

Verifies that every LABELS.toml entry names an existing file whose labelled line contains the entry's anchor,
that spans contain their line, that MANIFEST lists exactly the [[finding]] entries, that categories are known,
that every card-number literal labelled as a finding is Luhn-valid, and that no source file carries a label hint.
Run: python3 tests/apps_blind4/b/check_labels.py
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CATEGORIES = {
    "pii_logging", "card_number_storage", "card_security_code_storage", "card_data_logging",
    "pii_to_third_party", "insecure_transport", "card_number_literal",
}
OWN_FILES = {"LABELS.toml", "MANIFEST", "README.md", "check_labels.py"}
DIGITS = re.compile(r"\d(?:[ -]?\d){12,18}")


def luhn(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def main() -> int:
    errors: list[str] = []
    data = tomllib.loads((ROOT / "LABELS.toml").read_text(encoding="utf-8"))
    cache: dict[str, list[str]] = {}
    seen: set[tuple[str, str, int, str]] = set()
    for kind in ("finding", "neutral", "safe"):
        for entry in data.get(kind, []):
            file, line, anchor = entry["file"], entry["line"], entry["anchor"]
            where = f"[[{kind}]] {file}:{line}"
            path = ROOT / file
            if not path.is_file():
                errors.append(f"{where}: file missing")
                continue
            lines = cache.setdefault(file, path.read_text(encoding="utf-8").splitlines())
            if not 1 <= line <= len(lines) or anchor not in lines[line - 1]:
                errors.append(f"{where}: anchor {anchor!r} not on that line")
            category = entry.get("category", "")
            if kind != "safe" and category not in CATEGORIES:
                errors.append(f"{where}: unknown category {category!r}")
            if "span" in entry:
                first, last = entry["span"]
                if not first <= line <= last or last > len(lines):
                    errors.append(f"{where}: span {entry['span']} does not contain the line")
            key = (kind, file, line, category)
            if key in seen:
                errors.append(f"{where}: duplicate entry")
            seen.add(key)
            if kind == "finding" and category == "card_number_literal":
                found = DIGITS.findall(anchor)
                if not found:
                    errors.append(f"{where}: no card number in anchor")
                for raw in found:
                    if not luhn(re.sub(r"\D", "", raw)):
                        errors.append(f"{where}: {raw!r} is not Luhn-valid")

    findings = {(f["file"], f["line"], f["category"]) for f in data.get("finding", [])}
    manifest: set[tuple[str, int, str]] = set()
    for row in (ROOT / "MANIFEST").read_text(encoding="utf-8").splitlines():
        if row.strip() and not row.startswith("#"):
            where, category = row.split()
            file, number = where.rsplit(":", 1)
            manifest.add((file, int(number), category))
    for missing in sorted(findings - manifest):
        errors.append(f"MANIFEST lacks {missing}")
    for extra in sorted(manifest - findings):
        errors.append(f"MANIFEST has unlabelled {extra}")

    for path in sorted(ROOT.rglob("*")):
        if path.is_file() and path.name not in OWN_FILES:
            text = path.read_text(encoding="utf-8", errors="replace")
            if re.search(r"expect:|ruleid|(?<![A-Za-z])ok:\s*[a-z_]+", text):
                errors.append(f"{path.relative_to(ROOT)}: contains a label hint")

    for error in errors:
        print(error)
    counts = {k: len(data.get(k, [])) for k in ("finding", "neutral", "safe")}
    print(f"{'FAIL' if errors else 'OK'}: {counts['finding']} findings, {counts['neutral']} neutral, "
          f"{counts['safe']} safe, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
