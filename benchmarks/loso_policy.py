"""Leave-one-set-out figure of the policy reader's learned fallback (scanner/policy/semantic.py): for each
annotated set S (tests/policies and its development and earlier blind sets, never blind11) the fallback is trained
in memory on every other set plus the exemplars, reads S on top of the rule claims, and S is scored. Prints per set
and pooled: rules alone, rules + fallback (recall, precision, polarity errors) and the fallback's own claims
(matched an expected entry / matched none / wrong polarity). The committed model is never touched: this is the
honest "unseen" figure of the learned part. Rule claims are cached per policy in the temp directory, keyed by the
reader's code, its rules and the policy text, so a rerun after a fallback change costs only the trainings.
Run: .venv/bin/python benchmarks/loso_policy.py [--curve] [--threshold T] [--sets NAME,...] [--tune-on NAME,... --choose P]
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scanner.model import Claim  # noqa: E402
from scanner.policy import train_semantic as ts  # noqa: E402
from scanner.policy.evaluate import Score, annotated, fold, score  # noqa: E402
from scanner.policy.semantic import Model, scored_claims  # noqa: E402

POLICIES = REPO / "tests" / "policies"
SETS = {  # blind11 is the set being written blind next: never read here
    "own": POLICIES,
    "heldout": POLICIES / "heldout",
    "heldout2": POLICIES / "heldout2",
    "sealed": POLICIES / "sealed",
    **{f"blind3{p}": POLICIES / "blind3" / p for p in "abcd"},
    **{f"blind{n}{p}": POLICIES / f"blind{n}" / p for n in (4, 5, 6, 7, 8, 9, 10) for p in "ab"},
}
FLOOR = 0.3  # candidates are kept down to here so one training serves every threshold of the curve
CURVE = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


@dataclass(frozen=True)
class Policy:
    name: str
    text: str
    entries: list[dict[str, Any]]
    rules: tuple[Claim, ...]
    examples: list[ts.Example]


def _reader_key() -> str:
    """A hash of everything the rule claims depend on (the fallback's own files excluded)."""
    h = hashlib.sha256()
    skip = {"semantic.py", "train_semantic.py"}
    for path in sorted([*(REPO / "scanner" / "policy").glob("*.py"), *(REPO / "rules" / "claims").glob("*.toml")]):
        if path.name not in skip:
            h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()[:16]


def load_sets(names: list[str]) -> dict[str, list[Policy]]:
    from scanner.policy.claims import extract_claims
    from scanner.policy.lexicon import load_lexicon
    from scanner.policy.segment import sentences
    from scanner.policy.text import load_file

    cache_file = Path(tempfile.gettempdir()) / f"loso_policy_{_reader_key()}.pkl"
    cache: dict[str, tuple[str, tuple[Claim, ...]]] = {}
    if cache_file.exists():
        with cache_file.open("rb") as handle:
            cache = pickle.load(handle)
    out: dict[str, list[Policy]] = {}
    dirty = False
    for name in names:
        out[name] = []
        for policy, expected in annotated(SETS[name]):
            text, _ = load_file(policy)
            digest = hashlib.sha256(text.encode()).hexdigest()
            hit = cache.get(str(policy))
            if hit is None or hit[0] != digest:
                hit = (digest, tuple(extract_claims(text, sentences(text), load_lexicon(), str(policy))))
                cache[str(policy)] = hit
                dirty = True
            with expected.open("rb") as handle:
                entries = tomllib.load(handle)["claim"]
            out[name].append(Policy(policy.name, text, entries, hit[1], ts.policy_examples(policy, expected)))
    if dirty:
        with cache_file.open("wb") as handle:
            pickle.dump(cache, handle)
    return out


def status(claim: Claim, entries: list[dict[str, Any]], text: str) -> str:
    """'hit' when the claim matches an expected entry with its polarity, 'polarity' when only with the other
    one, 'miss' when it matches none (the matching rule of evaluate.score)."""
    spans = (fold(claim.text), fold(text[claim.start : claim.end]))
    polarities = {e["polarity"] for e in entries if e["type"] == claim.type and any(fold(str(e["key"])) in s for s in spans)}
    return "hit" if claim.polarity in polarities else "polarity" if polarities else "miss"


@dataclass(frozen=True)
class Candidate:
    held: str  # the set it was read from
    policy: int  # index into the set's policies
    score: float
    claim: Claim
    status: str


def fold_candidates(sets: dict[str, list[Policy]], held: str, exemplars: list[ts.Example], options: dict[str, Any]) -> list[Candidate]:
    """Train on every set but `held` (plus the exemplars) and return the fallback's candidates on `held`."""
    return held_candidates(sets, [held], exemplars, options)[held]


def held_candidates(
    sets: dict[str, list[Policy]], held: list[str], exemplars: list[ts.Example], options: dict[str, Any]
) -> dict[str, list[Candidate]]:
    """Train once on every set but all of `held` (plus the exemplars); the fallback's candidates on each held set."""
    data = [e for name, ps in sets.items() if name not in held for p in ps for e in p.examples] + exemplars
    model: Model = ts.build(data, **options)
    out: dict[str, list[Candidate]] = {}
    for name in held:
        out[name] = []
        for i, p in enumerate(sets[name]):
            for s, c in scored_claims(p.text, p.rules, None, None, FLOOR, model):
                out[name].append(Candidate(name, i, s, c, status(c, p.entries, p.text)))
    return out


def tune_on(sets: dict[str, list[Policy]], held: list[str], cands: dict[str, list[Candidate]], precision: float) -> None:
    """Thresholds chosen where the rules are unseen: `held` are sets the rules were never tuned on (a blind set's
    first read) and the model never trained on. Prints the model's own thresholds, per-type thresholds chosen on
    each held set and applied to the others (nested), and those chosen on all held sets together."""
    scored = {n: sets[n] for n in held}
    print("model's own thresholds (chosen leave-one-set-out on the development sets):")
    table(scored, cands, lambda c: c.score >= ts.threshold_of(c.claim.type))
    if len(held) > 1:
        chosen = {n: choose([c for m in held if m != n for c in cands[m]], precision) for n in held}
        print(f"\nnested: per-type thresholds chosen on the other held sets at precision {precision}:")
        table(scored, cands, lambda c: c.score >= chosen[c.held].get(c.claim.type, 2.0))
        for n in held:
            print(f"  chosen without {n}:", {k: round(v, 2) for k, v in sorted(chosen[n].items())})
    every = choose([c for n in held for c in cands[n]], precision)
    print(f"\nchosen on all held sets at precision {precision} (in-sample):")
    table(scored, cands, lambda c: c.score >= every.get(c.claim.type, 2.0))
    print("  thresholds:", {k: round(v, 2) for k, v in sorted(every.items())})


def table(
    sets: dict[str, list[Policy]], cands: dict[str, list[Candidate]], keep: Any, quiet: bool = False
) -> tuple[Score, Score, list[int]]:
    """Print rules alone / with fallback / the fallback's share per set; `keep(candidate)` picks the claims."""
    pooled_rules = pooled_both = Score(0, 0, 0, 0, 0)
    share_total = [0, 0, 0]
    say = (lambda _line: None) if quiet else print
    say(f"{'set':<10} {'rules alone R/P/pol':<22} {'with fallback R/P/pol':<24} fallback hit/miss/pol")
    for name, policies in sets.items():
        alone = both = Score(0, 0, 0, 0, 0)
        share = [0, 0, 0]
        for i, p in enumerate(policies):
            extra = [c for c in cands[name] if c.policy == i and keep(c)]
            alone = alone + score(p.rules, p.entries, p.text)
            both = both + score(list(p.rules) + [c.claim for c in extra], p.entries, p.text)
            for c in extra:
                share[("hit", "miss", "polarity").index(c.status)] += 1
        say(f"{name:<10} {_short(alone):<22} {_short(both):<24} {share[0]}/{share[1]}/{share[2]}")
        pooled_rules, pooled_both = pooled_rules + alone, pooled_both + both
        share_total = [a + b for a, b in zip(share_total, share, strict=True)]
    say(f"{'pooled':<10} {_short(pooled_rules):<22} {_short(pooled_both):<24} {share_total[0]}/{share_total[1]}/{share_total[2]}")
    return pooled_rules, pooled_both, share_total


GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def per_type(cands: dict[str, list[Candidate]]) -> None:
    every = [c for cs in cands.values() for c in cs]
    print("\nper type, candidates at or above each threshold: hit/miss/pol")
    for kind in sorted({c.claim.type for c in every}):
        row = [c for c in every if c.claim.type == kind]
        cells = []
        for t in GRID:
            kept = [c for c in row if c.score >= t]
            counts = [sum(c.status == k for c in kept) for k in ("hit", "miss", "polarity")]
            cells.append("/".join(map(str, counts)))
        print(f"  {kind:<26} " + " ".join(f"{x:>10}" for x in cells))
    print(f"  {'(thresholds)':<26} " + " ".join(f"{t:>10}" for t in GRID))


def choose(cands: list[Candidate], precision: float) -> dict[str, float]:
    """Per type, the lowest threshold of GRID down to which the candidates it keeps are at `precision` or better
    with no polarity error; a threshold with no candidate above it has no evidence and is not taken (a type
    never reaching one stays off)."""
    out: dict[str, float] = {}
    for kind in {c.claim.type for c in cands}:
        row = [c for c in cands if c.claim.type == kind]
        best = None
        for t in sorted(GRID, reverse=True):
            kept = [c for c in row if c.score >= t]
            hit = sum(c.status == "hit" for c in kept)
            bad = sum(c.status == "miss" for c in kept)
            if any(c.status == "polarity" for c in kept) or (kept and hit < precision * (hit + bad)):
                break
            if hit:
                best = t
        if best is not None:
            out[kind] = best
    return out


def _short(s: Score) -> str:
    return f"{s.recall:.3f}/{s.precision:.3f}/{len(s.polarity_errors)}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--curve", action="store_true", help="pooled figures at a range of global thresholds")
    parser.add_argument("--threshold", type=float, help="one global threshold instead of the model's own")
    parser.add_argument("--sets", help="comma-separated set names (default: all)")
    parser.add_argument("--save", type=Path, help="pickle the candidates here (analysis without retraining)")
    parser.add_argument("--load", type=Path, help="read candidates pickled by --save instead of training")
    parser.add_argument("--option", action="append", default=[], help="training option key=value (experiments)")
    parser.add_argument("--per-type", action="store_true", help="each type's fallback hit/miss/pol by threshold")
    parser.add_argument("--choose", type=float, metavar="P", help="choose per-type thresholds at precision P (of all claims kept), nested")
    parser.add_argument("--tune-on", metavar="NAME,...",
                        help="train without these sets (a blind set's untuned first read); choose thresholds on them (--choose P)")
    args = parser.parse_args(argv)
    names = args.sets.split(",") if args.sets else list(SETS)
    unknown = [n for n in names if n not in SETS]
    if unknown:
        print(f"error: unknown set {', '.join(unknown)} (known: {', '.join(SETS)})", file=sys.stderr)
        return 2
    t0 = time.process_time()
    sets = load_sets(list(SETS))  # every set trains the others' folds, even when only some are scored
    t1 = time.process_time()
    exemplars = ts.exemplars()
    options = {k: (v == "1" if k == "classes" else float(v)) for k, v in (o.split("=", 1) for o in args.option)}
    options = {k: int(v) if k == "iters" else v for k, v in options.items()}
    if args.tune_on:
        held = args.tune_on.split(",")
        if unknown := [n for n in held if n not in SETS]:
            print(f"error: unknown set {', '.join(unknown)} (known: {', '.join(SETS)})", file=sys.stderr)
            return 2
        tuned = held_candidates(sets, held, exemplars, options)
        if args.per_type:
            per_type(tuned)
        tune_on(sets, held, tuned, args.choose if args.choose is not None else 0.85)
        print(f"CPU: rule claims {t1 - t0:.1f} s, training + fallback reads {time.process_time() - t1:.1f} s")
        return 0
    if args.load:
        with args.load.open("rb") as handle:
            cands = pickle.load(handle)
    else:
        cands = {name: fold_candidates(sets, name, exemplars, options) for name in names}
    if args.save:
        with args.save.open("wb") as handle:
            pickle.dump(cands, handle)
    t2 = time.process_time()
    scored = {n: sets[n] for n in names}
    if args.threshold is not None:
        table(scored, cands, lambda c: c.score >= args.threshold)
    else:
        table(scored, cands, lambda c: c.score >= ts.threshold_of(c.claim.type))
    if args.per_type:
        per_type(cands)
    if args.choose is not None:
        chosen = {n: choose([c for m in names if m != n for c in cands[m]], args.choose) for n in names}
        print(f"\nnested per-type thresholds (chosen on the other sets' candidates at precision {args.choose}):")
        table(scored, cands, lambda c: c.score >= chosen[c.held].get(c.claim.type, 2.0))
        print("chosen on all sets:", {k: round(v, 2) for k, v in sorted(choose([c for n in names for c in cands[n]], args.choose).items())})
    if args.curve:
        print("\npooled by global threshold: with fallback R/P/pol, fallback hit/miss/pol")
        for t in CURVE:
            _, both, share = table(scored, cands, lambda c, t=t: c.score >= t, quiet=True)
            print(f"  {t:.2f}: {_short(both)}  {share[0]}/{share[1]}/{share[2]}")
    print(f"CPU: rule claims {t1 - t0:.1f} s, {len(names)} trainings + fallback reads {t2 - t1:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
