"""Scoring the code scanner against labelled corpora. A corpus marks what must be found either with
`expect: <category>[, <category>]` comments on the line (plus `path:line category` rows in its MANIFEST for data
files), or, for the blind corpora, with a LABELS.toml whose `[[finding]]` entries may span several lines (a finding
anywhere in the span matches) and whose `[[neutral]]` lines are acceptable but not required. A reported
(path, line, category) with no label is a false positive; several rules on one labelled line and category count
once. Findings in the corpus's own files at its root (LABELS.toml, MANIFEST, README, a label checker) are not
scored: they describe the corpus and quote its numbers. `benchmarks/eval_code.py` and the development-set floors
in tests/code share this module so both report the same figures.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from scanner.model import CODE_CATEGORIES, CodeFinding

_EXPECT = re.compile(r"expect:\s*([a-z_]+(?:\s*,\s*[a-z_]+)*)")

Key = tuple[str, int, str]  # (path relative to the corpus, line, category)


@dataclass(frozen=True)
class CorpusScore:
    """Per category (true positives, false positives, false negatives), with the keys behind them."""

    table: dict[str, tuple[int, int, int]]
    false_positives: tuple[Key, ...]
    missed: tuple[Key, ...]

    @property
    def totals(self) -> tuple[int, int, int]:
        return (sum(v[0] for v in self.table.values()), sum(v[1] for v in self.table.values()),
                sum(v[2] for v in self.table.values()))

    @property
    def precision(self) -> float:
        tp, fp, _ = self.totals
        return tp / (tp + fp) if tp + fp else 1.0

    @property
    def recall(self) -> float:
        tp, _, fn = self.totals
        return tp / (tp + fn) if tp + fn else 1.0


def comment_labels(root: Path) -> set[Key]:
    """Every (path, line, category) an `expect:`-commented corpus says must be found."""
    out: set[Key] = set()
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.name in ("MANIFEST", "README.md"):
            continue
        rel = path.relative_to(root).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            m = _EXPECT.search(line)
            if m:
                out |= {(rel, number, c.strip()) for c in m.group(1).split(",")}
    manifest = root / "MANIFEST"
    if manifest.is_file():
        for row in manifest.read_text(encoding="utf-8").splitlines():
            if row.strip() and not row.startswith("#"):
                where, category = row.split()
                file, lineno = where.rsplit(":", 1)
                out.add((file, int(lineno), category))
    return out


def toml_labels(root: Path) -> tuple[dict[Key, range], set[Key]]:
    """LABELS.toml: each required finding with the lines that may carry it, and the neutral lines."""
    data = tomllib.loads((root / "LABELS.toml").read_text(encoding="utf-8"))
    required: dict[Key, range] = {}
    for f in data.get("finding", []):
        first, last = f.get("span", [f["line"], f["line"]])
        required[(f["file"], f["line"], f["category"])] = range(first, last + 1)
    neutral = {(n["file"], n["line"], n["category"]) for n in data.get("neutral", [])}
    return required, neutral


def match_spans(required: dict[Key, range], neutral: set[Key], got: set[Key]) -> tuple[set[Key], set[Key]]:
    """Map reported findings onto required labels (within their spans); returns (reported as label keys, false
    positives). Neutral lines are dropped."""
    hits: set[Key] = set()
    false: set[Key] = set()
    for key in got:
        path, line, category = key
        label = next((k for k, span in required.items() if k[0] == path and k[2] == category and line in span), None)
        if label:
            hits.add(label)
        elif key not in neutral:
            false.add(key)
    return hits, false


def reported(findings: Iterable[CodeFinding], root: Path, scanned_from: Path | None = None) -> set[Key]:
    """The findings inside the corpus `root` as keys relative to it; finding paths are relative to `scanned_from`
    (the scan's root; by default the corpus itself). Files at the corpus root are its metadata and skipped."""
    return set(reported_spans(findings, root, scanned_from))


def reported_spans(findings: Iterable[CodeFinding], root: Path, scanned_from: Path | None = None) -> dict[Key, int]:
    """`reported`, with the last line of each finding (a vendor finding runs from the payload's personal line to the
    request)."""
    base = scanned_from or root
    prefix = root.resolve().relative_to(base.resolve()).as_posix() if base != root else "."
    out: dict[Key, int] = {}
    for f in findings:
        rel = f.path if prefix == "." else (f.path[len(prefix) + 1:] if f.path.startswith(prefix + "/") else None)
        if rel is not None and "/" in rel:
            key = (rel, f.line, f.category)
            out[key] = max(out.get(key, f.line), f.end_line or f.line)
    return out


def lenient(root: Path, spans: dict[Key, int]) -> CorpusScore | None:
    """A second figure beside the strict one, for LABELS.toml corpora: a finding also matches a label of its category
    on any line of its own statement (writers label a vendor payload at its personal line or at the request, a
    plain-http request at its call or its payload; the scanner reports one of them). None for comment-labelled
    corpora."""
    if not (root / "LABELS.toml").is_file():
        return None
    required, neutral = toml_labels(root)
    hits: set[Key] = set()
    false: set[Key] = set()
    for key, end in spans.items():
        path, line, category = key
        own = range(line, end + 1)
        label = next((k for k, span in required.items() if k[0] == path and k[2] == category and line in span), None) \
            or next((k for k, span in required.items() if k[0] == path and k[2] == category
                     and span.start <= own[-1] and own[0] <= span[-1]), None)
        if label:
            hits.add(label)
        elif not any(n[0] == path and n[2] == category and n[1] in own for n in neutral):
            false.add(key)
    expected, got = set(required), hits | false
    table = {c: (len({k for k in expected & got if k[2] == c}), len({k for k in got - expected if k[2] == c}),
                 len({k for k in expected - got if k[2] == c})) for c in CODE_CATEGORIES}
    return CorpusScore(table, tuple(sorted(got - expected)), tuple(sorted(expected - got)))


def score_corpus(root: Path, got: set[Key]) -> CorpusScore:
    """Score the reported keys against the corpus's labels."""
    if (root / "LABELS.toml").is_file():
        required, neutral = toml_labels(root)
        hits, false = match_spans(required, neutral, got)
        expected, got = set(required), hits | false
    else:
        expected = comment_labels(root)
    table: dict[str, tuple[int, int, int]] = {}
    for category in CODE_CATEGORIES:
        e = {k for k in expected if k[2] == category}
        g = {k for k in got if k[2] == category}
        table[category] = (len(e & g), len(g - e), len(e - g))
    return CorpusScore(table, tuple(sorted(got - expected)), tuple(sorted(expected - got)))


def below_floor(name: str, root: Path, findings: Iterable[CodeFinding], scanned_from: Path,
                floor: tuple[float, float]) -> str | None:
    """Why a corpus scores below its (precision, recall) floor, with its first misses and false positives; None
    when it keeps it (the development-set floors of tests/code)."""
    s = score_corpus(root, reported(findings, root, scanned_from))
    detail = f"false positives {list(s.false_positives)[:12]}, missed {list(s.missed)[:12]}"
    if s.precision < floor[0]:
        return f"{name}: precision {s.precision:.2f} < {floor[0]} ({detail})"
    if s.recall < floor[1]:
        return f"{name}: recall {s.recall:.2f} < {floor[1]} ({detail})"
    return None
