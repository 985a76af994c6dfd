"""Policy reader speed: start-up (a fresh interpreter importing the reader and compiling rules/claims) and
reading time per 5,000-word policy, measured on the annotated test policies stitched together to 5,000
words (with and without the dependency frames), and the reader's scores on the held-out policies
(tests/policies/heldout), the development sets heldout2 and sealed (annotated before the reader ran on them;
the fallback now trains on them, so their figures are a little optimistic) and the seeds. Prints the
figures; run with `.venv/bin/python benchmarks/policy.py`."""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STARTUP = (
    "import time; t = time.perf_counter(); from scanner.policy import read_text; from scanner.policy.lexicon import load_lexicon; "
    "load_lexicon(); from scanner.policy.deps import nlp, frames; frames(); nlp(); read_text('We use cookies.'); "
    "print(time.perf_counter() - t)"
)


def startup_seconds() -> tuple[float, float]:
    """(wall, CPU) seconds of a fresh interpreter importing the reader, compiling its rules and loading the spaCy
    pipeline of the dependency frames (best of 3; CPU = user + system time of the child)."""
    runs, cpu = [], []
    for _ in range(3):
        r0, t0 = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        subprocess.run([sys.executable, "-c", STARTUP], check=True, capture_output=True, cwd=ROOT)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        runs.append(time.perf_counter() - t0)
        cpu.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    return min(runs), min(cpu)


def corpus(words: int = 5000) -> str:
    # own and first held-out policies only, so the figure stays comparable with earlier runs
    policies = ROOT / "tests" / "policies"
    sources = sorted(p for p in [*policies.glob("*.*"), *(policies / "heldout").glob("*.*")] if p.suffix in (".txt", ".md"))
    parts: list[str] = []
    count = 0
    while count < words:
        for path in sources:
            text = path.read_bytes().decode("utf-8")
            parts.append(text)
            count += len(text.split())
            if count >= words:
                break
    return "\n\n".join(parts)


def fresh() -> None:
    """Forget what the reader cached per sentence text, so each timed read costs what a new policy would."""
    from scanner.policy import claimbase, clauses

    clauses._NORMALISED.clear()
    clauses._SKIPPED.clear()
    claimbase._NAMES_SEEN.clear()


def main() -> None:
    from scanner.policy import read_text

    text = corpus()
    words = len(text.split())
    read_text(text)  # warm the rule cache, as a scan would after start-up
    # CPU time is the fair figure on a shared machine (load from other jobs inflates wall time); both are printed
    runs, cpu = [], []
    for _ in range(7):
        fresh()
        t0, c0 = time.perf_counter(), time.process_time()
        result = read_text(text)
        runs.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    from scanner.policy.claims import extract_claims
    from scanner.policy.lexicon import load_lexicon
    from scanner.policy.segment import sentences

    lex, bare = load_lexicon(), []
    for _ in range(7):
        fresh()
        c0 = time.process_time()
        extract_claims(text, sentences(text), lex, None, frames_on=False)
        bare.append(time.process_time() - c0)
    per_5k = statistics.median(cpu) * 5000 / words
    wall_5k = statistics.median(runs) * 5000 / words
    print(f"policy reader: {words} words, {result.sentences} sentences, {len(result.claims)} claims")
    wall, cpu_start = startup_seconds()
    print(f"  start-up (fresh interpreter, import + rules + spaCy model): {wall:.2f} s wall, {cpu_start:.2f} s CPU   (target < 3 s)")
    print(f"  reading per 5,000-word policy (median of 7):  {per_5k:.3f} s CPU, {wall_5k:.3f} s wall   (target < 0.5 s)")
    print(f"  of which patterns only (frames off, claims without lint): {statistics.median(bare) * 5000 / words:.3f} s CPU")
    scores()


def scores() -> None:
    from scanner.policy.evaluate import Score, annotated, score_file

    for title, root in (
        ("held-out (tests/policies/heldout)", ROOT / "tests" / "policies" / "heldout"),
        ("development set (tests/policies/heldout2, written blind by another engineer)", ROOT / "tests" / "policies" / "heldout2"),
        ("development set (tests/policies/sealed, written blind by another engineer)", ROOT / "tests" / "policies" / "sealed"),
        ("own (tests/policies)", ROOT / "tests" / "policies"),
        ("seeds (../shared/policies)", ROOT.parent / "shared" / "policies"),
    ):
        total = Score(0, 0, 0, 0, 0)
        print(f"{title}:")
        for policy, expected in annotated(root):
            s = score_file(policy, expected)
            total = total + s
            print(f"  {policy.name:<26} {s.line()}")
        print(f"  {'total':<26} {total.line()}")


if __name__ == "__main__":
    main()
