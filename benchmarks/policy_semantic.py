"""The semantic fallback (scanner/policy/semantic.py) measured: for each annotated directory (default: the
heldout2 development set and the two seed policies) the reader alone against the reader plus fallback
claims at a range of thresholds (recall, precision, polarity errors, and the fallback's own claims split into
hits and misses), then the fallback's cost in time. heldout2 and sealed now train the model, so their curves
are optimistic: the honest figure is benchmarks/loso_policy.py (train without each set, score it). The shipped
model has a threshold per type (its `thresholds`); this curve applies one threshold to all types.
Run: .venv/bin/python benchmarks/policy_semantic.py [dir...]
"""

from __future__ import annotations

import sys
import time
import tomllib
from pathlib import Path

from scanner.policy import read_text
from scanner.policy.evaluate import Score, annotated, score
from scanner.policy.semantic import load_model, scored_claims
from scanner.policy.text import load_file

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = (ROOT / "tests" / "policies" / "heldout2", ROOT.parent / "shared" / "policies")
CURVE = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def measure(root: Path) -> None:
    alone: Score | None = None
    combined: dict[float, Score] = {}
    added: dict[float, Score] = {}
    for policy, expected in annotated(root):
        text, _ = load_file(policy)
        with expected.open("rb") as handle:
            entries = tomllib.load(handle)["claim"]
        rules = read_text(text, str(policy)).claims
        fallback = scored_claims(text, rules, floor=min(CURVE))
        s = score(rules, entries, text)
        alone = s if alone is None else alone + s
        for t in CURVE:
            extra = [c for p, c in fallback if p >= t]
            both = score(list(rules) + extra, entries, text)
            mine = score(extra, entries, text)
            combined[t] = both if t not in combined else combined[t] + both
            added[t] = mine if t not in added else added[t] + mine
    if alone is None:
        print(f"{root}: no annotated policies")
        return
    print(f"== {root} ({len(annotated(root))} policies)")
    print(f"reader alone            {alone.line()}")
    for t in CURVE:
        a = added[t]
        print(
            f"reader + fallback @{t:.2f} {combined[t].line()}; fallback claims: "
            f"{a.tp} right, {len(a.false_positives)} wrong, {len(a.polarity_errors)} wrong polarity"
        )


def timing() -> None:
    load_model.cache_clear()
    t0 = time.process_time()
    load_model()
    startup = time.process_time() - t0
    policy = ROOT / "tests" / "policies" / "heldout" / "news_adtech.html"
    text, _ = load_file(policy)
    words = len(text.split())
    rules = read_text(text).claims
    t0 = time.process_time()
    for _ in range(5):
        scored_claims(text, rules)
    per = (time.process_time() - t0) / 5
    per5k = per * 5000 / words
    print(
        f"fallback start-up {startup * 1000:.0f} ms CPU; {per * 1000:.0f} ms CPU per {words}-word policy, {per5k * 1000:.0f} ms/5,000 words"
    )


def main(argv: list[str]) -> int:
    for root in [Path(a) for a in argv] or DEFAULT:
        measure(root)
    timing()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
