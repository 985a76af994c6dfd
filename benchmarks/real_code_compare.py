"""Triage bookkeeping for benchmarks/real_code.py: load benchmarks/real_code_triage.toml, match its entries to the
findings of a run, and print per category the findings, triaged true/false positives, untriaged findings, precision
over the triaged ones and the entries no finding matches any more ("gone": a gone fp is a fixed false positive, a
gone tp a lost true positive). An entry matches a finding of its package, path and category whose line contains its
anchor (the nearest such line wins, so entries survive line moves), else the finding on its exact line. Several
rules reporting one line and category count once. A category named under [sampling] is triaged on a stable sample:
a finding is in it when a seeded hash of (package, path, category, line text) falls below the rate, so the sample
does not shift when unrelated findings come or go.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scanner.model import CODE_CATEGORIES


@dataclass(frozen=True)
class Entry:
    package: str
    path: str
    line: int
    category: str
    anchor: str
    verdict: str  # tp | fp
    reason: str


@dataclass(frozen=True)
class Triage:
    entries: tuple[Entry, ...]
    rates: dict[str, float] = field(default_factory=dict)  # category -> share of findings in the sample
    seed: int = 0


@dataclass(frozen=True)
class Finding:
    package: str
    path: str
    line: int
    category: str
    text: str
    rules: tuple[str, ...]


@dataclass(frozen=True)
class Comparison:
    rows: dict[str, dict[str, int]]  # category -> counts
    untriaged: tuple[Finding, ...]
    gone: tuple[Entry, ...]
    rates: dict[str, float]


def load_triage(path: Path) -> Triage:
    data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    if not path.is_file():
        raise ValueError("no such triage file")
    entries = []
    for i, raw in enumerate(data.get("finding", []), 1):
        entry = Entry(str(raw["package"]), str(raw["path"]), int(raw["line"]), str(raw["category"]),
                      str(raw.get("anchor", "")), str(raw["verdict"]), str(raw.get("reason", "")))
        if entry.verdict not in ("tp", "fp"):
            raise ValueError(f"finding #{i} ({entry.path}:{entry.line}): verdict must be tp or fp")
        if entry.category not in CODE_CATEGORIES:
            raise ValueError(f"finding #{i} ({entry.path}:{entry.line}): unknown category {entry.category!r}")
        entries.append(entry)
    sampling = data.get("sampling", {})
    rates = {str(k): float(v) for k, v in sampling.get("rates", {}).items()}
    return Triage(tuple(entries), rates, int(sampling.get("seed", 0)))


def in_sample(f: Finding, triage: Triage) -> bool:
    rate = triage.rates.get(f.category)
    if rate is None:
        return True
    key = f"{triage.seed}\0{f.package}\0{f.path}\0{f.category}\0{' '.join(f.text.split())}"
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:4], "big") / 2**32 < rate


def findings_of(found: dict[str, list[dict[str, Any]]]) -> list[Finding]:
    merged: dict[tuple[str, str, int, str], Finding] = {}
    for package, rows in found.items():
        for r in rows:
            key = (package, r["path"], int(r["line"]), r["category"])
            old = merged.get(key)
            rules = tuple(sorted({*(old.rules if old else ()), r["rule"]}))
            merged[key] = Finding(package, r["path"], int(r["line"]), r["category"], r["text"], rules)
    return sorted(merged.values(), key=lambda f: (f.package, f.path, f.line, f.category))


def match(findings: list[Finding], entries: tuple[Entry, ...]) -> dict[Entry, Finding]:
    by_place: dict[tuple[str, str, str], list[Finding]] = {}
    for f in findings:
        by_place.setdefault((f.package, f.path, f.category), []).append(f)
    taken: set[Finding] = set()
    matched: dict[Entry, Finding] = {}
    for entry in entries:
        near = [f for f in by_place.get((entry.package, entry.path, entry.category), [])
                if f not in taken and entry.anchor and entry.anchor in f.text]
        if near:
            best = min(near, key=lambda f: abs(f.line - entry.line))
            matched[entry] = best
            taken.add(best)
    for entry in entries:
        if entry in matched:
            continue
        exact = [f for f in by_place.get((entry.package, entry.path, entry.category), [])
                 if f not in taken and f.line == entry.line]
        if exact:
            matched[entry] = exact[0]
            taken.add(exact[0])
    return matched


def compare(found: dict[str, list[dict[str, Any]]], triage: Triage, packages: set[str]) -> Comparison:
    findings = findings_of(found)
    entries = tuple(e for e in triage.entries if e.package in packages)
    matched = match(findings, entries)
    verdict = {f: e.verdict for e, f in matched.items()}
    rows = {c: dict.fromkeys(("findings", "tp", "fp", "untriaged", "unsampled", "gone_tp", "gone_fp"), 0)
            for c in CODE_CATEGORIES}
    untriaged = []
    for f in findings:
        row = rows.setdefault(f.category, dict.fromkeys(rows[CODE_CATEGORIES[0]], 0))
        row["findings"] += 1
        if f in verdict:
            row[verdict[f]] += 1
        elif in_sample(f, triage):
            row["untriaged"] += 1
            untriaged.append(f)
        else:
            row["unsampled"] += 1
    gone = tuple(e for e in entries if e not in matched)
    for e in gone:
        rows.setdefault(e.category, dict.fromkeys(rows[CODE_CATEGORIES[0]], 0))[f"gone_{e.verdict}"] += 1
    return Comparison(rows, tuple(untriaged), gone, triage.rates)


def print_comparison(c: Comparison) -> None:
    print(f"\n{'category':<28}{'findings':>9}{'tp':>6}{'fp':>6}{'untriaged':>10}{'precision':>10}"
          f"{'gone tp':>8}{'gone fp':>8}")
    total = dict.fromkeys(("findings", "tp", "fp", "untriaged", "unsampled", "gone_tp", "gone_fp"), 0)
    for category, row in c.rows.items():
        for k in total:
            total[k] += row[k]
        _row(category, row, c.rates.get(category))
    _row("all", total, None)
    if c.rates:
        shares = ", ".join(f"{k} {v:.0%}" for k, v in sorted(c.rates.items()))
        print(f"  sampled categories (triaged on a seeded sample; precision is over the sample): {shares}")
    if c.untriaged:
        print(f"\nuntriaged findings ({len(c.untriaged)}): add them to the triage file")
        for f in c.untriaged:
            print(f"  {f.package}  {f.path}:{f.line}  {f.category}  [{', '.join(f.rules)}]  {f.text[:160]}")
    if c.gone:
        print(f"\ntriaged entries no finding matches any more ({len(c.gone)}):")
        for e in c.gone:
            print(f"  gone {e.verdict}  {e.package}  {e.path}:{e.line}  {e.category}  {e.anchor[:80]!r}")


def _row(name: str, row: dict[str, int], rate: float | None) -> None:
    judged = row["tp"] + row["fp"]
    precision = f"{row['tp'] / judged:.2f}" if judged else "-"
    extra = f"  ({row['unsampled']} outside the {rate:.0%} sample)" if rate is not None else ""
    print(f"{name:<28}{row['findings']:>9}{row['tp']:>6}{row['fp']:>6}{row['untriaged']:>10}{precision:>10}"
          f"{row['gone_tp']:>8}{row['gone_fp']:>8}{extra}")
