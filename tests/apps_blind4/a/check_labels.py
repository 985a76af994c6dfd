"""Consistency check of the blind code corpus 4 (part a) labels; stdlib only.

Verifies that every label's file exists and its line contains its anchor, that spans contain the labelled line,
that MANIFEST lists exactly the [[finding]] entries, that every labelled card-number literal is Luhn-valid, and
that no source file carries label hints. Run: python3 tests/apps_blind4/a/check_labels.py
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent
META = {"LABELS.toml", "MANIFEST", "README.md", "check_labels.py"}
KINDS = ("finding", "neutral", "safe")
CATEGORIES = {
    "pii_logging",
    "card_number_storage",
    "card_security_code_storage",
    "card_data_logging",
    "pii_to_third_party",
    "insecure_transport",
    "card_number_literal",
}
NUMBER = re.compile(r"(?<![\d*])\d(?:[ -]?\d){12,18}(?![\d*])")
HINT = re.compile(r"expect:|ruleid|ok:|todoruleid|nosemgrep", re.IGNORECASE)


def luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def main() -> int:
    errors: list[str] = []
    data = tomllib.loads((ROOT / "LABELS.toml").read_text(encoding="utf-8"))
    cache: dict[str, list[str]] = {}
    findings: set[str] = set()
    counts = {k: 0 for k in KINDS}
    for kind in KINDS:
        for i, e in enumerate(data.get(kind, [])):
            counts[kind] += 1
            where = f"[[{kind}]] #{i + 1} {e.get('file')}:{e.get('line')}"
            path = ROOT / e["file"]
            if not path.is_file():
                errors.append(f"{where}: file missing")
                continue
            lines = cache.setdefault(e["file"], path.read_text(encoding="utf-8").splitlines())
            line = e["line"]
            if not 1 <= line <= len(lines):
                errors.append(f"{where}: line out of range")
                continue
            if e.get("anchor") is None or e["anchor"] not in lines[line - 1]:
                errors.append(f"{where}: anchor {e.get('anchor')!r} not on the line")
            if kind != "safe" and e.get("category") not in CATEGORIES:
                errors.append(f"{where}: unknown category {e.get('category')!r}")
            if "span" in e:
                first, last = e["span"]
                if not first <= line <= last or last > len(lines):
                    errors.append(f"{where}: span {e['span']} does not contain the line")
            if kind == "finding":
                findings.add(f"{e['file']}:{line} {e['category']}")
            if kind != "safe" and e.get("category") == "card_number_literal":
                numbers = NUMBER.findall(lines[line - 1])
                if not numbers:
                    errors.append(f"{where}: no card-number literal on the line")
                for n in numbers:
                    digits = re.sub(r"\D", "", n)
                    if not luhn(digits):
                        errors.append(f"{where}: {digits[:6]}... is not Luhn-valid")
    manifest = {r.strip() for r in (ROOT / "MANIFEST").read_text(encoding="utf-8").splitlines() if r.strip()}
    for row in sorted(manifest - findings):
        errors.append(f"MANIFEST row without a [[finding]]: {row}")
    for row in sorted(findings - manifest):
        errors.append(f"[[finding]] missing from MANIFEST: {row}")
    for path in sorted(ROOT.rglob("*")):
        if path.is_file() and path.name not in META:
            for no, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if HINT.search(text):
                    errors.append(f"{path.relative_to(ROOT)}:{no}: label hint in source")
    for err in errors:
        print(err)
    summary = ", ".join(f"{counts[k]} {k}" for k in KINDS)
    print(f"{'FAIL' if errors else 'OK'}: {summary}, {len(manifest)} MANIFEST rows")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
