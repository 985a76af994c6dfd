"""Precision and recall of the code scanner per category on labelled corpora (tests/apps by default).

The labelling conventions and the matching rule are in scanner/code/evaluate.py. Several corpora given at once are
scanned in one semgrep run and scored each. Run:
.venv/bin/python benchmarks/eval_code.py [--table-only] [CORPUS_DIR ...]; `--table-only` prints the figures
without the lists of misses and false positives (for a blind corpus that must stay unseen). Each LABELS.toml corpus
also gets a lenient line: a finding counts for a label on any line of its own statement (writers label a vendor
payload at its personal line or at the request; the strict figure is the one the floors and RESULTS quote).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scanner.code import scan_code  # noqa: E402
from scanner.code.evaluate import CorpusScore, lenient, reported, reported_spans, score_corpus  # noqa: E402
from scanner.config import CodeConfig  # noqa: E402


def _print(root: Path, s: CorpusScore, elapsed: float, table_only: bool) -> None:
    tp, fp, fn = s.totals
    print(f"corpus {root} — {tp + fn} labelled findings, {tp + fp} reported, scan {elapsed:.1f} s")
    print(f"{'category':<28}{'TP':>4}{'FP':>4}{'FN':>4}{'precision':>11}{'recall':>8}")
    for category, (ctp, cfp, cfn) in s.table.items():
        precision = ctp / (ctp + cfp) if ctp + cfp else 1.0
        recall = ctp / (ctp + cfn) if ctp + cfn else 1.0
        print(f"{category:<28}{ctp:>4}{cfp:>4}{cfn:>4}{precision:>11.2f}{recall:>8.2f}")
    print(f"{'all':<28}{tp:>4}{fp:>4}{fn:>4}{s.precision:>11.2f}{s.recall:>8.2f}")
    if table_only:
        return
    for path, line, category in s.false_positives:
        print(f"  false positive: {path}:{line} {category}")
    for path, line, category in s.missed:
        print(f"  missed:         {path}:{line} {category}")


def main(argv: list[str]) -> int:
    table_only = "--table-only" in argv
    roots = [Path(a) for a in argv if a != "--table-only"] or [REPO / "tests" / "apps"]
    for root in roots:
        if not root.is_dir():
            print(f"error: {root}: not a directory", file=sys.stderr)
            return 2
    # finding paths are relative to the scan's root: the corpus itself, or what several corpora share
    scan_root = roots[0] if len(roots) == 1 else Path(os.path.commonpath([r.resolve() for r in roots]))
    start = time.perf_counter()
    # (a corpus's own label files are no part of its apps: their anchors quote the code and would read as settings)
    result = scan_code(CodeConfig(paths=roots, exclude=["LABELS.toml", "MANIFEST"]), None)
    elapsed = time.perf_counter() - start
    for root in roots:
        got = reported(result.code_findings, root, scan_root)
        _print(root, score_corpus(root, got), elapsed, table_only)
        loose = lenient(root, reported_spans(result.code_findings, root, scan_root))
        if loose is not None:
            tp, fp, fn = loose.totals
            print(f"lenient (a label on any line of the finding's statement): {loose.precision:.2f} / "
                  f"{loose.recall:.2f} ({tp}/{fp}/{fn})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
