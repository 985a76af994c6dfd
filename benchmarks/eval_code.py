"""Precision and recall of the code scanner per category on the labelled corpus (tests/apps).

Expected findings are `expect: <category>[, <category>]` comments on their line, or `path:line category`
rows in tests/apps/MANIFEST for data files. A reported (path, line, category) with no label is a false
positive; a label with no finding is a false negative. Several rules reporting the same labelled line and
category count once. Run: .venv/bin/python benchmarks/eval_code.py [CORPUS_DIR]
"""

from __future__ import annotations

import re
import sys
import time
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
        for line in manifest.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                where, category = line.split()
                path, number = where.rsplit(":", 1)
                out.add((path, int(number), category))
    return out


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
    root = Path(argv[0]) if argv else REPO / "tests" / "apps"
    start = time.perf_counter()
    result = scan_code(CodeConfig(paths=[root]), None)
    elapsed = time.perf_counter() - start
    expected, got = labels(root), reported(result.code_findings)
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
    for path, line, category in sorted(got - expected):
        print(f"  false positive: {path}:{line} {category}")
    for path, line, category in sorted(expected - got):
        print(f"  missed:         {path}:{line} {category}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
