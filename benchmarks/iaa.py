"""Agreement between two annotators of the same policies, scored with the reader's own matching rule.

A policy directory (`<dir>/<name>.{txt,md,html}` + `<dir>/expected/<name>.toml`, annotator A) is compared with a
second, independent annotation of the same policies (`<second>/<name>.toml`, annotator B, written without seeing A's).
Each of B's required entries becomes a claim citing the sentence that holds its key, and is scored against A exactly
as the reader is (scanner/policy/evaluate.py): recall, precision and polarity errors of B measured by A, then of A
measured by B. The figures bound what the reader's scores can mean: where two careful analysts agree on 0.80 of the
claims, a reader at 0.80 against one of them is near the ruler's resolution. It also scores the reader
against B, and counts as its false positives only the claims neither analyst marked. `--check` only verifies B's keys
and vocabulary (for the second annotator).
Run: .venv/bin/python benchmarks/iaa.py [--check] POLICY_DIR SECOND_DIR
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scanner.model import Claim  # noqa: E402
from scanner.policy.evaluate import VOCABULARY, Score, annotated, fold, score  # noqa: E402


def _entries(path: Path) -> list[dict[str, Any]]:
    with path.open("rb") as handle:
        return list(tomllib.load(handle).get("claim", []))


def _as_claims(entries: list[dict[str, Any]], text: str) -> list[Claim]:
    """One claim per required entry, citing the whole sentence that holds the entry's key (the key alone if the
    segmenter splits it), so that the other annotator's key can match anywhere in that sentence."""
    from scanner.policy.segment import sentences

    spans = [(s.start, s.end, fold(text[s.start : s.end])) for s in sentences(text)]
    required = [x for x in entries if not x.get("optional")]
    where = [next(((a, b) for a, b, folded in spans if fold(str(e["key"])) in folded), None) for e in required]
    # a sentence with both polarities of one type ("we keep X, but not Y") cites each key alone, as the reader's
    # clause-level claims do, so the two entries do not read as each other's polarity errors
    polarities: dict[tuple[tuple[int, int], str], set[str]] = {}
    for e, w in zip(required, where, strict=True):
        if w is not None:
            polarities.setdefault((w, str(e["type"])), set()).add(str(e["polarity"]))
    claims = []
    for n, (e, hit) in enumerate(zip(required, where, strict=True)):
        whole = hit is not None and len(polarities[(hit, str(e["type"]))]) == 1
        start, end = hit if whole and hit else (0, 0)
        cited = text[start:end] if whole else str(e["key"])
        claims.append(Claim(f"b{n}", str(e["type"]), e["polarity"], e.get("modality", "definite"), cited, start, end))
    return claims


def _check(policy_dir: Path, second: Path) -> int:
    from scanner.policy.text import load_file

    problems = []
    for policy, _ in annotated(policy_dir):
        mine = second / f"{policy.stem}.toml"
        if not mine.is_file():
            problems.append(f"{mine}: missing")
            continue
        text = fold(load_file(policy)[0])
        for n, e in enumerate(_entries(mine), 1):
            if not str(e.get("key", "")).strip() or fold(str(e.get("key", ""))) not in text:
                problems.append(f"{mine.name} claim {n}: key {e.get('key')!r} not in the policy text")
            if e.get("type") not in VOCABULARY or e.get("polarity") not in ("affirm", "deny"):
                problems.append(f"{mine.name} claim {n}: type/polarity not in the vocabulary")
            if e.get("modality", "definite") not in ("definite", "possible", "conditional"):
                problems.append(f"{mine.name} claim {n}: modality {e.get('modality')!r}")
    print("\n".join(problems) if problems else "ok")
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    check = "--check" in argv
    args = [Path(a) for a in argv if not a.startswith("--")]
    if len(args) != 2:
        print("usage: iaa.py [--check] POLICY_DIR SECOND_DIR", file=sys.stderr)
        return 2
    policy_dir, second = args
    if check:
        return _check(policy_dir, second)
    from scanner.policy import read_text
    from scanner.policy.text import load_file

    b_by_a = a_by_b = reader_a = reader_b = Score(0, 0, 0, 0, 0)
    predicted = unmarked = 0
    for policy, expected in annotated(policy_dir):
        mine = second / f"{policy.stem}.toml"
        if not mine.is_file():
            continue
        text = load_file(policy)[0]
        a, b = _entries(expected), _entries(mine)
        s1, s2 = score(_as_claims(b, text), a, text), score(_as_claims(a, text), b, text)
        claims = read_text(text, str(policy)).claims
        r1, r2 = score(claims, a, text), score(claims, b, text)
        # a false positive only when neither analyst marked it (polarity as A annotated it)
        both = Counter(r1.false_positives) & Counter(r2.false_positives)
        predicted += r1.tp + len(r1.false_positives) + len(r1.polarity_errors)
        unmarked += sum(both.values()) + len(r1.polarity_errors)
        print(
            f"  {policy.name:<32} B by A: R {s1.recall:.2f} P {s1.precision:.2f} pol {len(s1.polarity_errors)}"
            f" | A by B: R {s2.recall:.2f} P {s2.precision:.2f} | reader by A {r1.recall:.2f}/{r1.precision:.2f}"
            f" by B {r2.recall:.2f}/{r2.precision:.2f}"
        )
        b_by_a, a_by_b, reader_a, reader_b = b_by_a + s1, a_by_b + s2, reader_a + r1, reader_b + r2
    print(f"second annotator (B) scored by A: {b_by_a.line()}")
    print(f"first annotator (A) scored by B:  {a_by_b.line()}")
    print(f"reader scored by A:               {reader_a.line()}")
    print(f"reader scored by B:               {reader_b.line()}")
    print(f"reader's precision where a claim either analyst marked is no false positive: {1 - unmarked / max(predicted, 1):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
