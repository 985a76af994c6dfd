"""Recall, precision, polarity errors and modality accuracy of the policy reader on annotated policy directories.

Each directory is laid out as `<dir>/<name>.{txt,md,html}` with `<dir>/expected/<name>.toml` (the format of
../shared/policies/expected). Prints one line per policy and a total per directory and over all of them; with
`--misses` it also lists each policy's missed claims, false positives and polarity errors (never use it on a blind
set that must stay unseen). Run: .venv/bin/python benchmarks/eval_policy.py [--misses] DIR [DIR ...]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scanner.policy.evaluate import Score, annotated, score_file  # noqa: E402


def _lists(name: str, s: Score) -> None:
    print(f"== {name}")
    for m in s.missed:
        print("  MISS", m)
    for f in s.false_positives:
        print("  FP  ", f[0], f[1], f[2][:160])
    for p in s.polarity_errors:
        print("  POL ", p)


def main(argv: list[str]) -> int:
    misses = "--misses" in argv
    dirs = [Path(a) for a in argv if not a.startswith("--")]
    if not dirs:
        print("usage: eval_policy.py [--misses] DIR [DIR ...]", file=sys.stderr)
        return 2
    grand = Score(0, 0, 0, 0, 0)
    started = time.process_time()
    for root in dirs:
        pairs = annotated(root)
        if not pairs:
            print(f"error: {root}: no policies with expected/<name>.toml", file=sys.stderr)
            return 2
        total = Score(0, 0, 0, 0, 0)
        for policy, expected in pairs:
            s = score_file(policy, expected)
            total = total + s
            print(f"  {policy.name:<40} {s.line()}")
            if misses:
                _lists(policy.name, s)
        print(f"{root!s:<42} {total.line()}")
        grand = grand + total
    if len(dirs) > 1:
        print(f"{'all':<42} {grand.line()}")
    print(f"CPU {time.process_time() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
