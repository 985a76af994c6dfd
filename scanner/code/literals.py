"""The card-number literal detector: full card numbers written into files (fixtures, seed data, SQL dumps,
logs, CSV exports, source code). A candidate must fit a scheme's issuer range and length and pass Luhn,
and separators must group like a card; gateways' published test numbers are reported as such, at info
severity. Every number leaves this module masked to its last four digits.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from scanner.code.mask import find_numbers, is_test_number, mask_number, mask_text, scheme
from scanner.model import CodeFinding

RULE_REAL = "card-number-literal"
RULE_TEST = "card-number-test-literal"
_CONTEXT = re.compile(r"(?i)card|\bpan\b|\bcc|credit|debit|visa|master|amex|payment|cvv|cvc|expir")
_CLAIMS = ("stores_full_card_number",)
_CWE = ("CWE-312: Cleartext Storage of Sensitive Information",)
MAX_PER_FILE = 200


def _snippet(line: str, start: int, end: int) -> str:
    """The line around the number, at most ~160 characters, masked."""
    lo = max(0, start - 60)
    hi = min(len(line), end + 60)
    text = ("…" if lo else "") + line[lo:hi].strip() + ("…" if hi < len(line) else "")
    return mask_text(text)


def fingerprint(rule_id: str, path: str, snippet: str, occurrence: int) -> str:
    """Stable across line moves: the rule, the file, the whitespace-normalised (masked) snippet and which
    occurrence of that same snippet in the file it is."""
    norm = " ".join(snippet.split())
    return hashlib.sha256(f"{rule_id}\0{path}\0{norm}\0{occurrence}".encode()).hexdigest()[:20]


def scan_text(text: str, rel_path: str, limit: int = MAX_PER_FILE) -> list[CodeFinding]:
    """Card literals in one file's text. After `limit` findings the rest are counted into one last
    finding, so a card table dumped to a file does not make a result of a million records; per-line
    checks are made once per line, so a megabyte-long minified line stays linear."""
    if not re.search(r"\d{4}", text):
        return []
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    lines = text.split("\n")
    findings: list[CodeFinding] = []
    seen: dict[tuple[str, str], int] = {}
    line_facts: dict[int, tuple[bool, bool]] = {}  # line index -> (nosemgrep, card context)
    more = 0
    for start, end, digits in find_numbers(text):
        index = bisect.bisect_right(starts, start) - 1
        line = lines[index]
        if index not in line_facts:
            line_facts[index] = ("nosemgrep" in line, bool(_CONTEXT.search(line)))
        skip, context = line_facts[index]
        if skip:
            continue
        if len(findings) >= limit:
            more += 1
            continue
        col = start - starts[index]
        test = is_test_number(digits)
        masked = mask_number(digits)
        brand = scheme(digits) or "card"
        rule = RULE_TEST if test else RULE_REAL
        snippet = _snippet(line, col, end - starts[index])
        key = (rule, " ".join(snippet.split()))
        seen[key] = seen.get(key, -1) + 1
        if test:
            message = (f"Well-known {brand} gateway test card number {masked}: test data, not a real card; keep it "
                       "out of production data and logs.")
        else:
            message = (f"Full {brand} card number {masked} written in this file (passes issuer range and Luhn). "
                       "Card numbers must not be stored unencrypted (PCI DSS 3.5.1): remove it, or keep a gateway "
                       "token or the last four digits instead.")
        # Grouped digits, a card word on the line or a known test number: hardly anything else looks so.
        confident = test or text[start:end] != digits or context
        findings.append(CodeFinding(
            rule_id=rule, category="card_number_literal", path=rel_path, line=index + 1,
            severity="info" if test else "high", snippet=snippet, message=message, end_line=index + 1,
            column=col + 1, confidence="high" if confident else "medium",
            cwe=_CWE, claims=_CLAIMS, fingerprint=fingerprint(rule, rel_path, snippet, seen[key]),
        ))
    if more:
        last = findings[-1]
        findings[-1] = dataclasses.replace(last, message=f"{last.message} This file holds {more} more card-number "
                                           f"literals after line {last.line}, not listed one by one.")
    return findings


def _read_text(path: Path) -> str | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    # Spreadsheet "Unicode text" exports are UTF-16 with a byte-order mark: text, not binary.
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\0" in data[:8192]:
        return None
    return data.decode("utf-8", errors="replace")


def scan_files(files: Iterable[Path], root: Path,
               observe: Callable[[str, str], None] | None = None) -> list[CodeFinding]:
    """Card literals in every readable text file; `observe(rel_path, text)` sees each text too, so other
    per-file passes (the encryption declarations) need no second read of the tree."""
    findings: list[CodeFinding] = []
    for path in files:
        text = _read_text(path)
        if text:
            rel = path.relative_to(root).as_posix() if path != root else path.name
            findings += scan_text(text, rel)
            if observe is not None:
                observe(rel, text)
    return findings
