"""Consistency check of the labels of blind code corpus b (stdlib only).

Verifies that every label's file exists and its line contains its anchor, that spans contain the line, that no
line is labelled both safe and finding/neutral, that MANIFEST lists exactly the findings, that every labelled
card-number literal is Luhn-valid (and every all-digit safe look-alike is not), and that the code carries no
label comments. Run: python3 tests/apps_blind3/b/check_labels.py
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
DIGITS = re.compile(r"(?<![\d])\d(?:[ -]?\d){11,18}(?![\d])")
LABEL_HINT = re.compile(r"expect:|ruleid|ok:|todoruleid", re.IGNORECASE)


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
    lines_by_kind: dict[str, set[tuple[str, int]]] = {"finding": set(), "neutral": set(), "safe": set()}

    for kind in ("finding", "neutral", "safe"):
        for entry in data.get(kind, []):
            where = f"[[{kind}]] {entry.get('file')}:{entry.get('line')}"
            path = ROOT / entry["file"]
            if not path.is_file():
                errors.append(f"{where}: file missing")
                continue
            lines = cache.setdefault(entry["file"], path.read_text(encoding="utf-8").splitlines())
            n = entry["line"]
            if not 1 <= n <= len(lines):
                errors.append(f"{where}: line out of range")
                continue
            anchor = entry.get("anchor", "")
            if not anchor or anchor not in lines[n - 1]:
                errors.append(f"{where}: anchor {anchor!r} not on the line")
            if kind != "safe":
                if entry.get("category") not in CATEGORIES:
                    errors.append(f"{where}: bad category {entry.get('category')!r}")
            elif "category" in entry:
                errors.append(f"{where}: safe entries take no category")
            if "span" in entry:
                first, last = entry["span"]
                if not first <= n <= last or last > len(lines):
                    errors.append(f"{where}: span {entry['span']} does not contain the line")
            key = (kind, entry["file"], n, entry.get("category", ""))
            if key in seen:
                errors.append(f"{where}: duplicate label")
            seen.add(key)
            lines_by_kind[kind].add((entry["file"], n))
            if not entry.get("reason"):
                errors.append(f"{where}: no reason")
            if kind == "finding" and entry["category"] == "card_number_literal":
                numbers = [re.sub(r"\D", "", m) for m in DIGITS.findall(anchor)]
                if not numbers or not all(luhn(x) for x in numbers):
                    errors.append(f"{where}: literal in anchor is not a Luhn-valid card number: {numbers}")
            if kind == "safe" and re.fullmatch(r"'?\"?\d{13,19}\"?'?", anchor):
                if luhn(re.sub(r"\D", "", anchor)):
                    errors.append(f"{where}: safe look-alike {anchor} is Luhn-valid")

    for a, b in (("safe", "finding"), ("safe", "neutral")):
        for file, n in sorted(lines_by_kind[a] & lines_by_kind[b]):
            errors.append(f"{file}:{n}: labelled both {a} and {b}")

    findings = {f"{e['file']}:{e['line']} {e['category']}" for e in data.get("finding", [])}
    manifest_rows = [r.strip() for r in (ROOT / "MANIFEST").read_text(encoding="utf-8").splitlines()
                     if r.strip() and not r.startswith("#")]
    if len(manifest_rows) != len(set(manifest_rows)):
        errors.append("MANIFEST has duplicate rows")
    for row in sorted(set(manifest_rows) - findings):
        errors.append(f"MANIFEST row without a finding: {row}")
    for row in sorted(findings - set(manifest_rows)):
        errors.append(f"finding missing from MANIFEST: {row}")

    for path in sorted(ROOT.rglob("*")):
        if path.is_file() and path.name not in ("LABELS.toml", "MANIFEST", "README.md", "check_labels.py"):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if LABEL_HINT.search(line):
                    errors.append(f"{path.relative_to(ROOT)}:{n}: looks like a label comment")

    for e in errors:
        print(e)
    kinds = {k: len(data.get(k, [])) for k in ("finding", "neutral", "safe")}
    print(f"{'FAIL' if errors else 'ok'}: {kinds['finding']} findings, {kinds['neutral']} neutral, "
          f"{kinds['safe']} safe, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
