"""Precision and recall of the code scanner per category on the labelled corpus (tests/apps).

Expected findings are `expect: <category>[, <category>]` comments on their line, or `path:line category`
rows in tests/apps/MANIFEST for data files. A reported (path, line, category) with no label is a false
positive; a label with no finding is a false negative. Several rules reporting the same labelled line and
category count once. A corpus with a LABELS.toml (the blind held-out corpus, tests/apps_heldout) is scored from
it instead: a finding anywhere in a label's `span` matches it, and `[[neutral]]` lines (acceptable, not
required) count neither way. Findings in the corpus's own files at its root (LABELS.toml, MANIFEST, README.md,
a label checker) are not scored: they describe the corpus and quote its numbers. Run:
.venv/bin/python benchmarks/eval_code.py [--table-only] [CORPUS_DIR]; `--table-only` prints the figures without
the lists of misses and false positives (for a blind corpus that must stay unseen).
"""

from __future__ import annotations

import re
import sys
import time
import tomllib
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scanner.code import scan_code  # noqa: E402
from scanner.config import CodeConfig  # noqa: E402
from scanner.model import CODE_CATEGORIES, CodeFinding  # noqa: E402

_EXPECT = re.compile(r"expect:\s*([a-z_]+(?:\s*,\s*[a-z_]+)*)")

Key = tuple[str, int, str]


def labels(root: Path) -> set[Key]:
    """Every (path, line, category) the corpus says must be found."""
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


def reported(findings: tuple[CodeFinding, ...]) -> set[Key]:
    return {(f.path, f.line, f.category) for f in findings}


def score(expected: set[Key], got: set[Key]) -> dict[str, tuple[int, int, int]]:
    """category -> (true positives, false positives, false negatives)."""
    table: dict[str, tuple[int, int, int]] = {}
    for category in CODE_CATEGORIES:
        e = {k for k in expected if k[2] == category}
        g = {k for k in got if k[2] == category}
        table[category] = (len(e & g), len(g - e), len(e - g))
    return table


def main(argv: list[str]) -> int:
    table_only = "--table-only" in argv
    argv = [a for a in argv if a != "--table-only"]
    root = Path(argv[0]) if argv else REPO / "tests" / "apps"
    start = time.perf_counter()
    result = scan_code(CodeConfig(paths=[root]), None)
    elapsed = time.perf_counter() - start
    got = {k for k in reported(result.code_findings) if "/" in k[0]}  # root files are the corpus's own metadata
    if (root / "LABELS.toml").is_file():
        required, neutral = toml_labels(root)
        hits, false = match_spans(required, neutral, got)
        expected, got = set(required), hits | false
    else:
        expected = labels(root)
    table = score(expected, got)
    print(f"corpus {root} — {len(expected)} labelled findings, {len(got)} reported, scan {elapsed:.1f} s")
    print(f"{'category':<28}{'TP':>4}{'FP':>4}{'FN':>4}{'precision':>11}{'recall':>8}")
    totals = Counter[str]()
    for category, (tp, fp, fn) in table.items():
        totals.update(tp=tp, fp=fp, fn=fn)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(f"{category:<28}{tp:>4}{fp:>4}{fn:>4}{precision:>11.2f}{recall:>8.2f}")
    tp, fp, fn = totals["tp"], totals["fp"], totals["fn"]
    print(f"{'all':<28}{tp:>4}{fp:>4}{fn:>4}{tp / max(tp + fp, 1):>11.2f}{tp / max(tp + fn, 1):>8.2f}")
    if table_only:
        return 0
    for path, line, category in sorted(got - expected):
        print(f"  false positive: {path}:{line} {category}")
    for path, line, category in sorted(expected - got):
        print(f"  missed:         {path}:{line} {category}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
