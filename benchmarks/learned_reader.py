"""Does a learned sentence reader generalise better than the pattern reader? An experiment, not a product part.

Every non-heading sentence of the development sets (tests/policies, heldout, heldout2, sealed, blind3 a-d,
blind4-7 a/b) is an example; its labels are the (type, polarity) pairs of the required expected entries whose key
lies inside it (the matching rule of scanner/policy/evaluate.py), and an optional entry masks its pair (neither
positive nor negative). One logistic regression per (type, polarity) is fitted over the sentence's features
(scanner/policy/semantic.features: word unigrams and bigrams, ontology classes, negation/modality cues, heading
and list-lead words) with the numpy trainer of scanner/policy/train_semantic.fit. The learned reader emits, per
sentence and type, the more probable polarity when its probability reaches the threshold; the claim cites the
whole sentence. The threshold (global, by pooled F1) is chosen on leave-one-set-out probabilities of the
development sets only; the leave-one-set-out figure itself is nested (each held set's threshold is chosen on the
other sets' out-of-fold probabilities). blind8 (a, b) is read only as a test set: it never trains nor tunes.

Readers compared with the same scorer (evaluate.score): rules (the current reader, read_text, as score_file and
eval_policy.py), learned alone, rules + learned (a learned claim added where the rules left its type empty in that
sentence, as the fallback does), and that union restricted to per-type thresholds (or off) chosen on the
development sets. Rule claims are cached in the temp directory keyed by the reader's code and rules.
Run: nice -n 5 .venv/bin/python benchmarks/learned_reader.py
"""

from __future__ import annotations

import bisect
import hashlib
import pickle
import sys
import tempfile
import time
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scanner.model import Claim  # noqa: E402
from scanner.policy.evaluate import VOCABULARY, Score, annotated, fold, score  # noqa: E402
from scanner.policy.segment import Sentence, sentences  # noqa: E402
from scanner.policy.semantic import context_of, features  # noqa: E402
from scanner.policy.train_semantic import fit  # noqa: E402

POLICIES = REPO / "tests" / "policies"
DEV = {
    "own": POLICIES,
    "heldout": POLICIES / "heldout",
    "heldout2": POLICIES / "heldout2",
    "sealed": POLICIES / "sealed",
    **{f"blind3{p}": POLICIES / "blind3" / p for p in "abcd"},
    **{f"blind{n}{p}": POLICIES / f"blind{n}" / p for n in (4, 5, 6, 7) for p in "ab"},
}
TEST = {"blind8a": POLICIES / "blind8" / "a", "blind8b": POLICIES / "blind8" / "b"}  # test only: never trains or tunes
TYPES = tuple(sorted(VOCABULARY))
LABELS = tuple((t, p) for t in TYPES for p in ("affirm", "deny"))
GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
OFF = 2.0
TRAIN = {"min_df": 2, "l2": 1e-4, "pos_weight": 3.0, "iters": 150}


@dataclass
class Policy:
    set: str
    name: str
    text: str
    entries: list[dict[str, Any]]
    sents: list[Sentence]  # non-heading sentences
    feats: list[list[str]]
    labels: list[set[int]]  # indices into LABELS
    masked: list[set[int]]
    rules: tuple[Claim, ...]
    probs: np.ndarray | None = None  # (sentences, labels), filled by a model that never saw this policy's set


def _reader_key() -> str:
    h = hashlib.sha256()
    for path in sorted([*(REPO / "scanner" / "policy").glob("*.py"), *(REPO / "rules" / "claims").rglob("*.*")]):
        h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()[:16]


def load(sets: dict[str, Path]) -> list[Policy]:
    from scanner.policy import read_text
    from scanner.policy.text import load_file

    cache_file = Path(tempfile.gettempdir()) / f"learned_reader_{_reader_key()}.pkl"
    cache: dict[str, tuple[str, tuple[Claim, ...]]] = {}
    if cache_file.exists():
        with cache_file.open("rb") as handle:
            cache = pickle.load(handle)
    dirty = False
    out = []
    for set_name, root in sets.items():
        for policy, expected in annotated(root):
            text, _ = load_file(policy)
            digest = hashlib.sha256(text.encode()).hexdigest()
            hit = cache.get(str(policy))
            if hit is None or hit[0] != digest:
                hit = (digest, tuple(read_text(text, str(policy)).claims))
                cache[str(policy)] = hit
                dirty = True
            with expected.open("rb") as handle:
                entries = tomllib.load(handle)["claim"]
            every = sentences(text)
            sents = [s for s in every if not s.heading]
            folded = [fold(text[s.start : s.end]) for s in sents]
            labels: list[set[int]] = [set() for _ in sents]
            masked: list[set[int]] = [set() for _ in sents]
            for e in entries:
                if e["type"] not in VOCABULARY:
                    continue
                j = LABELS.index((str(e["type"]), str(e["polarity"])))
                key = fold(str(e["key"]))
                for i, f in enumerate(folded):
                    if key in f:
                        (masked if e.get("optional") else labels)[i].add(j)
            feats = [list(dict.fromkeys(features(text[s.start : s.end], context_of(text, every, s)))) for s in sents]
            masked = [m - lab for m, lab in zip(masked, labels, strict=True)]
            out.append(Policy(set_name, policy.name, text, entries, sents, feats, labels, masked, hit[1]))
    if dirty:
        with cache_file.open("wb") as handle:
            pickle.dump(cache, handle)
    return out


@dataclass(frozen=True)
class Learned:
    vocab: dict[str, int]
    w: np.ndarray
    b: np.ndarray

    def probs(self, feats: list[list[str]]) -> np.ndarray:
        out = np.empty((len(feats), len(LABELS)), dtype=np.float32)
        for i, fs in enumerate(feats):
            idx = [self.vocab[f] for f in fs if f in self.vocab]
            z = self.b + (self.w[idx].sum(axis=0) / np.sqrt(len(idx)) if idx else 0.0)
            out[i] = 1.0 / (1.0 + np.exp(-z))
        return out


def train(policies: list[Policy]) -> Learned:
    rows = [fs for p in policies for fs in p.feats]
    df = Counter(f for fs in rows for f in fs)
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in df.items() if c >= TRAIN["min_df"]))}
    idx = [[vocab[f] for f in fs if f in vocab] for fs in rows]
    y = np.zeros((len(rows), len(LABELS)), dtype=np.float32)
    weight = np.ones_like(y)
    r = 0
    for p in policies:
        for lab, mask in zip(p.labels, p.masked, strict=True):
            for j in lab:
                y[r, j], weight[r, j] = 1.0, TRAIN["pos_weight"]
            for j in mask:
                weight[r, j] = 0.0
            # the other polarity of a masked or labelled type is left as a negative: the sentence says one of them
            r += 1
    w, b = fit(idx, len(vocab), y, weight, TRAIN["l2"], int(TRAIN["iters"]))
    return Learned(vocab, w, b)


def learned_claims(p: Policy, thresholds: dict[str, float] | float) -> list[Claim]:
    """One claim per sentence and type whose more probable polarity reaches the type's threshold."""
    assert p.probs is not None
    out = []
    for i, s in enumerate(p.sents):
        for k, kind in enumerate(TYPES):
            t = thresholds if isinstance(thresholds, float) else thresholds.get(kind, OFF)
            pa, pd = float(p.probs[i, 2 * k]), float(p.probs[i, 2 * k + 1])
            prob, pol = (pa, "affirm") if pa >= pd else (pd, "deny")
            if prob >= t:
                raw = p.text[s.start : s.end]
                out.append(Claim(f"learned-{i}-{kind}", kind, pol, "definite", raw, s.start, s.end, section=s.section,  # type: ignore[arg-type]
                                 source=f"learned:{prob:.2f}"))
    return out


def union(p: Policy, extra: list[Claim]) -> list[Claim]:
    """The rule claims plus each learned claim whose type the rules left empty in its sentence."""
    starts = [s.start for s in p.sents]
    have = {(starts[bisect.bisect_right(starts, c.start) - 1] if starts else c.start, c.type) for c in p.rules}
    return list(p.rules) + [c for c in extra if (c.start, c.type) not in have]


def total(scores: list[Score]) -> Score:
    out = Score(0, 0, 0, 0, 0)
    for s in scores:
        out = out + s
    return out


def f1(s: Score) -> float:
    return 2 * s.recall * s.precision / (s.recall + s.precision) if s.recall + s.precision else 0.0


def pick_global(policies: list[Policy], with_rules: bool = False) -> float:
    def value(t: float) -> float:
        return f1(total([score(union(p, learned_claims(p, t)) if with_rules else learned_claims(p, t), p.entries, p.text)
                         for p in policies]))

    return max(GRID, key=value)


def hit_ids(claims: list[Claim], p: Policy) -> set[int]:
    """Indices of the required entries of `p` that a claim matches with the entry's polarity (evaluate.score's rule)."""
    texts = [(c.type, c.polarity, fold(c.text)) for c in claims]
    return {i for i, e in enumerate(p.entries) if not e.get("optional")
            and any(k == e["type"] and pol == e["polarity"] and fold(str(e["key"])) in t for k, pol, t in texts)}


def pick_per_type(policies: list[Policy]) -> dict[str, float]:
    """Per-type thresholds (or off) for the union, by coordinate ascent on pooled development F1 (two passes).
    Each type's learned claims are scored alone against the rules: the union's counts are sums of per-claim parts."""
    # per policy: the rules' own score, then for each (type, threshold) the extra learned claims' contribution
    base = total([score(p.rules, p.entries, p.text) for p in policies])
    contrib: dict[tuple[str, float], tuple[set[tuple[int, int]], int, int, int]] = {}
    for t in GRID:
        for kind in TYPES:
            hits: set[tuple[int, int]] = set()
            used = pol = fp = 0
            for pi, p in enumerate(policies):
                extra = union(p, learned_claims(p, {kind: t}))[len(p.rules) :]
                if not extra:
                    continue
                s = score(extra, p.entries, p.text)
                hits |= {(pi, i) for i in hit_ids(extra, p)}
                used += s.tp
                pol += len(s.polarity_errors)
                fp += len(s.false_positives)
            contrib[(kind, t)] = (hits, used, pol, fp)
    rule_hits = {(pi, i) for pi, p in enumerate(policies) for i in hit_ids(list(p.rules), p)}

    def value(th: dict[str, float]) -> float:
        hits, tp, bad = set(rule_hits), base.tp, len(base.false_positives) + len(base.polarity_errors)
        for kind, t in th.items():
            if t < OFF:
                h, u, pol, fp = contrib[(kind, t)]
                hits |= h
                tp, bad = tp + u, bad + pol + fp
        r, pr = len(hits) / base.required, tp / (tp + bad)
        return 2 * r * pr / (r + pr)

    th = {kind: OFF for kind in TYPES}
    for _ in range(2):
        for kind in TYPES:
            th[kind] = max((OFF, *GRID), key=lambda t, k=kind: value({**th, k: t}))
    return {k: v for k, v in th.items() if v < OFF}


def row(name: str, s: Score) -> str:
    return f"{s.recall:.3f} ({s.hit}/{s.required}) / {s.precision:.3f} / {len(s.polarity_errors):>3}"


def main() -> int:
    started = time.process_time()
    dev = load(DEV)
    test = load(TEST)
    n_sent = sum(len(p.sents) for p in dev)
    reach = sum(1 for p in dev for lab in p.labels for _ in lab)
    print(f"development: {len(dev)} policies, {n_sent} sentences, {reach} sentence labels; test (blind8): {len(test)} policies"
          f"  [load {time.process_time() - started:.0f} s CPU]")
    # the ceiling of a sentence reader: required entries whose key lies inside one sentence
    for group, ps in (("dev", dev), ("blind8", test)):
        req = [(p, e) for p in ps for e in p.entries if not e.get("optional")]
        inside = sum(any(fold(str(e["key"])) in fold(p.text[s.start : s.end]) for s in p.sents) for p, e in req)
        print(f"  {group}: {inside}/{len(req)} required keys lie inside one non-heading sentence (a sentence reader's recall ceiling)")

    # leave-one-set-out probabilities over the development sets
    for held in DEV:
        model = train([p for p in dev if p.set != held])
        for p in dev:
            if p.set == held:
                p.probs = model.probs(p.feats)
    print(f"  leave-one-set-out trainings done [{time.process_time() - started:.0f} s CPU]")

    # nested LOSO figure: each held set read at the global threshold chosen on the other sets' OOF probabilities
    nested_learned, nested_union = [], []
    for held in DEV:
        others = [p for p in dev if p.set != held]
        t = pick_global(others)
        nested_learned += [score(learned_claims(p, t), p.entries, p.text) for p in dev if p.set == held]
        tu = pick_global(others, with_rules=True)
        nested_union += [score(union(p, learned_claims(p, tu)), p.entries, p.text) for p in dev if p.set == held]
    t_alone = pick_global(dev)
    t_union = pick_global(dev, with_rules=True)
    per_type = pick_per_type(dev)
    print(f"  chosen on dev (LOSO probabilities): learned threshold {t_alone}, union threshold {t_union}, "
          f"union per type {per_type} [{time.process_time() - started:.0f} s CPU]")

    final = train(dev)
    for p in test:
        p.probs = final.probs(p.feats)
    print(f"  final training on all development sets done [{time.process_time() - started:.0f} s CPU]\n")

    def readers(ps: list[Policy]) -> dict[str, Score]:
        return {
            "rules": total([score(p.rules, p.entries, p.text) for p in ps]),
            f"learned alone (t={t_alone})": total([score(learned_claims(p, t_alone), p.entries, p.text) for p in ps]),
            f"rules + learned (t={t_union})": total([score(union(p, learned_claims(p, t_union)), p.entries, p.text) for p in ps]),
            "rules + learned (per-type, dev)": total([score(union(p, learned_claims(p, per_type)), p.entries, p.text) for p in ps]),
            f"rules + learned (t={t_alone}, naive)": total([score(union(p, learned_claims(p, t_alone)), p.entries, p.text) for p in ps]),
        }

    def complement(ps: list[Policy]) -> str:
        """Required entries hit by the rules, by the learned reader (t_alone), by both, by either."""
        r = sum(len(hit_ids(list(p.rules), p)) for p in ps)
        le = sum(len(hit_ids(learned_claims(p, t_alone), p)) for p in ps)
        both = sum(len(hit_ids(list(p.rules), p) & hit_ids(learned_claims(p, t_alone), p)) for p in ps)
        req = sum(not e.get("optional") for p in ps for e in p.entries)
        return f"rules {r}, learned {le}, both {both}, either {r + le - both} of {req} (oracle recall {(r + le - both) / req:.3f})"

    header = f"{'reader':<34} {'set':<16} recall (hit/required) / precision / polarity errors"
    print(header)
    print("-" * len(header))
    for label, ps in (("blind8a", [p for p in test if p.set == "blind8a"]), ("blind8b", [p for p in test if p.set == "blind8b"]),
                      ("blind8 all", test)):
        for name, s in readers(ps).items():
            print(f"{name:<34} {label:<16} {row(name, s)}")
        print()
    # descriptive only (nothing is chosen from it): the naive union's trade-off on blind8 across thresholds
    for t in (0.5, 0.6, 0.7, 0.8):
        print(f"{f'rules + learned (t={t}, naive)':<34} {'blind8 all':<16} "
              f"{row('', total([score(union(p, learned_claims(p, t)), p.entries, p.text) for p in test]))}  (curve, not a choice)")
    print()
    print(f"hits, blind8: {complement(test)}")
    print(f"hits, dev (learned out-of-fold, rules in-sample): {complement(dev)}\n")
    # how the learned reader's blind8 figure grows with training data (sets in the order they were written)
    names = list(DEV)
    for n in (4, 8, 12):
        model = train([p for p in dev if p.set in names[:n]])
        sub = [Policy(**{**p.__dict__, "probs": model.probs(p.feats)}) for p in test]
        k = sum(p.set in names[:n] for p in dev)
        print(f"learning curve: first {n:>2} sets ({k:>2} policies) -> blind8 learned alone (t={t_alone}): "
              f"{row('', total([score(learned_claims(p, t_alone), p.entries, p.text) for p in sub]))}")
    print(f"learning curve: all 16 sets ({len(dev)} policies) -> blind8 learned alone (t={t_alone}): "
          f"{row('', total([score(learned_claims(p, t_alone), p.entries, p.text) for p in test]))}\n")
    dev_rules = total([score(p.rules, p.entries, p.text) for p in dev])
    print(f"{'rules (tuned on these: in-sample)':<34} {'dev, 16 sets':<16} {row('', dev_rules)}")
    print(f"{'learned alone, nested LOSO':<34} {'dev, 16 sets':<16} {row('', total(nested_learned))}")
    print(f"{'rules + learned, nested LOSO':<34} {'dev, 16 sets':<16} {row('', total(nested_union))}")
    print(f"\nCPU {time.process_time() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
