"""Trains the semantic fallback's model (scanner/policy/semantic.py) from the project's own annotated policies
and writes rules/claims/semantic/model.npz. A sentence is labelled with a claim type when an expected entry of
that type has its key inside the sentence (the matching rule of evaluate.py); an optional entry neither
teaches nor forbids its type. Hand-written exemplar sentences (rules/claims/semantic/exemplars.toml) join
them. Every annotated corpus trains (tests/policies, heldout, heldout2, sealed, blind3 a-d, blind4-11 a/b: about
12,700 sentences); the seeds and the blind set being measured (blind12) never do. The classifier is one logistic regression
per claim type over sparse features (words, word pairs, ontology classes, cues, heading and list-lead words;
semantic.features), positives weighted up, fitted by full-batch Adam in plain numpy, so the model needs no new
dependency at run time or to rebuild and the rebuild is deterministic: `python -m scanner.policy.train_semantic`
reproduces the file. Each type's probability threshold (THRESHOLDS) was chosen on the leave-one-set-out figure of
benchmarks/loso_policy.py, never on one set alone.
"""

from __future__ import annotations

import argparse
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from scanner.policy.evaluate import VOCABULARY, annotated, fold
from scanner.policy.segment import sentences
from scanner.policy.semantic import MODEL_PATH, Context, Model, context_of, features
from scanner.policy.text import load_file

ROOT = Path(__file__).resolve().parents[2]
POLICIES = ROOT / "tests" / "policies"
# every annotated corpus but the newest blind sets (blind12, written in session 12: a opened, b sealed, neither trained
# on, so that their figures stay first reads of the fallback); blind11 joined in session 12
TRAIN_DIRS = (
    POLICIES,
    POLICIES / "heldout",
    POLICIES / "heldout2",
    POLICIES / "sealed",
    *(POLICIES / "blind3" / part for part in "abcd"),
    *(POLICIES / f"blind{n}" / part for n in (4, 5, 6, 7, 8, 9, 10, 11) for part in "ab"),
)
TYPES = tuple(sorted(VOCABULARY))
EXEMPLARS = MODEL_PATH.parent / "exemplars.toml"
# probability a type needs to fire; chosen on the pooled leave-one-set-out figure (benchmarks/loso_policy.py)
# (precision 0.85 of all the claims a type keeps, no polarity error, at least one hit; candidates of the final design,
# session 7). Session 9 re-chose them on blind8's untuned first read (`loso_policy.py --tune-on`): +0.01-0.02 recall
# for -0.005-0.017 precision there (nested over its halves) and four false claims on the seed policies: not adopted
OFF = 2.0  # a probability never reaches it: types without leave-one-set-out evidence stay off
DEFAULT_THRESHOLD = OFF
THRESHOLDS: dict[str, float] = {
    "collects": 0.9, "consent_for_tracking": 0.5, "honors_do_not_track": 0.8, "links_ip_to_identity": 0.6,
    "logs_personal_data": 0.6, "retention": 0.9, "security_measures": 0.7, "sells_personal_data": 0.4,
    "shares_personal_data": 0.8, "stores_partial_card": 0.6, "uses_cookies": 0.8, "uses_web_beacons": 0.7,
}


def threshold_of(kind: str) -> float:
    return THRESHOLDS.get(kind, DEFAULT_THRESHOLD)


@dataclass(frozen=True)
class Example:
    policy: str
    text: str
    labels: frozenset[str]  # claim types the sentence states
    masked: frozenset[str]  # types an optional entry names: neither positive nor negative
    context: Context = Context()  # noqa: RUF009 (a frozen, shared default)


def examples(dirs: tuple[Path, ...] = TRAIN_DIRS) -> list[Example]:
    """One example per non-heading sentence of every annotated policy under `dirs`."""
    return [e for root in dirs for policy, expected in annotated(root) for e in policy_examples(policy, expected)]


def policy_examples(policy: Path, expected: Path) -> list[Example]:
    """One example per non-heading sentence of one annotated policy."""
    text, _ = load_file(policy)
    with expected.open("rb") as handle:
        entries = tomllib.load(handle)["claim"]
    every = sentences(text)
    sents = [s for s in every if not s.heading]
    folded = [fold(text[s.start : s.end]) for s in sents]
    labels: list[set[str]] = [set() for _ in sents]
    masked: list[set[str]] = [set() for _ in sents]
    for entry in entries:
        if entry["type"] not in VOCABULARY:
            continue
        key = fold(str(entry["key"]))
        for i, f in enumerate(folded):
            if key in f:
                (masked if entry.get("optional") else labels)[i].add(str(entry["type"]))
    return [
        Example(policy.name, text[s.start : s.end], frozenset(labels[i]), frozenset(masked[i] - labels[i]), context_of(text, every, s))
        for i, s in enumerate(sents)
    ]


def exemplars(path: Path = EXEMPLARS) -> list[Example]:
    """The hand-written sentences of rules/claims/semantic/exemplars.toml (types = [] states no claim)."""
    with path.open("rb") as handle:
        entries = tomllib.load(handle).get("exemplar", [])
    unknown = sorted({t for e in entries for t in e["types"]} - VOCABULARY)
    if unknown:
        raise SystemExit(f"{path}: unknown claim types {', '.join(unknown)}")
    return [Example(path.name, str(e["text"]), frozenset(e["types"]), frozenset()) for e in entries]


def fit(rows: list[list[int]], d: int, y: np.ndarray, weight: np.ndarray, l2: float, iters: int) -> tuple[np.ndarray, np.ndarray]:
    """One L2-regularised logistic regression per type over sparse binary rows (each scaled to unit length),
    minimised by full-batch Adam. X and X' products are gathers and segment sums (np.add.reduceat) over the
    nonzeros, so 6,000 sentences x 20,000 features never become a dense matrix. `weight` (rows, types) carries
    the class weights and zero for rows masked for a type."""
    n, k = y.shape
    # every row gets an entry of one spare column (weight pinned at 0), so no row's segment is empty
    r = np.concatenate([np.full(len(f) + 1, i) for i, f in enumerate(rows)])
    c = np.concatenate([np.array([*f, d], dtype=np.int64) for f in rows])
    unit = np.array([1.0 / np.sqrt(max(len(f), 1)) for f in rows], dtype=np.float32)[:, None]
    row_starts = np.searchsorted(r, np.arange(n))
    order = np.argsort(c, kind="stable")
    col_starts = np.searchsorted(c[order], np.arange(d + 1))
    r_by_col = r[order]
    w = np.zeros((d + 1, k), dtype=np.float32)
    prior = np.clip((y * weight).sum(0) / np.maximum(weight.sum(0), 1e-9), 1e-4, 1 - 1e-4)
    b = np.log(prior / (1 - prior)).astype(np.float32)
    scale = (weight / np.maximum(weight.sum(0), 1e-9)).astype(np.float32)
    m_w, s_w, m_b, s_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    lr, beta1, beta2 = np.float32(0.05), np.float32(0.9), np.float32(0.999)
    for t in range(1, iters + 1):
        z = np.add.reduceat(w[c], row_starts) * unit + b
        g = (1.0 / (1.0 + np.exp(-z)) - y) * scale
        gw = np.add.reduceat((g * unit)[r_by_col], col_starts) + l2 * w
        gw[d] = 0.0
        gb = g.sum(0)
        for param, grad, m, s in ((w, gw, m_w, s_w), (b, gb, m_b, s_b)):
            m *= beta1
            m += (1 - beta1) * grad
            s *= beta2
            s += (1 - beta2) * grad * grad
            param -= lr * (m / (1 - beta1**t)) / (np.sqrt(s / (1 - beta2**t)) + 1e-8)
    return w[:d], b


@cache
def _features(example: Example, classes: bool) -> list[str]:
    # the leave-one-set-out benchmark trains on the same sentences once per set: their features are read once
    return list(dict.fromkeys(features(example.text, example.context, classes)))


def train(data: list[Example], min_df: int = 2, classes: bool = True, l2: float = 1e-4, pos_weight: float = 3.0,
          iters: int = 150) -> tuple[list[str], np.ndarray, np.ndarray]:
    rows = [_features(e, classes) for e in data]
    df = Counter(f for feats in rows for f in feats)
    vocab_list = sorted(f for f, c in df.items() if c >= min_df)
    vocab = {f: i for i, f in enumerate(vocab_list)}
    idx = [[vocab[f] for f in feats if f in vocab] for feats in rows]
    y = np.array([[t in e.labels for t in TYPES] for e in data], dtype=np.float32)
    weight = np.array([[0.0 if t in e.masked else pos_weight if t in e.labels else 1.0 for t in TYPES] for e in data], dtype=np.float32)
    w, b = fit(idx, len(vocab_list), y, weight, l2, iters)
    return vocab_list, w, b


def _kept(vocab: list[str], w: np.ndarray) -> tuple[list[str], np.ndarray]:
    keep = np.abs(w).max(axis=1) > 1e-2  # features that move no type are dropped from the file
    return [v for v, k in zip(vocab, keep, strict=True) if k], w[keep].astype(np.float16)


def build(data: list[Example], classes: bool = True, **options: float) -> Model:
    """A model trained on `data`, in memory, as `save` would store it (the LOSO benchmark's folds)."""
    vocab, w, b = train(data, classes=classes, **options)  # type: ignore[arg-type]
    kept, weights = _kept(vocab, w)
    thresholds = np.array([threshold_of(t) for t in TYPES], dtype=np.float32)
    return Model(TYPES, {v: i for i, v in enumerate(kept)}, weights, b.astype(np.float32), thresholds, classes)


def save(vocab: list[str], w: np.ndarray, b: np.ndarray, path: Path = MODEL_PATH) -> None:
    kept, weights = _kept(vocab, w)
    np.savez_compressed(
        path, vocab=np.array(kept), weights=weights, bias=b.astype(np.float32), types=np.array(TYPES),
        thresholds=np.array([threshold_of(t) for t in TYPES], dtype=np.float32), classes=np.array(True),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    data = examples() + exemplars()
    vocab, w, b = train(data)
    save(vocab, w, b, args.out)
    positives = sum(bool(e.labels) for e in data)
    print(f"{len(data)} sentences ({positives} with a claim), {len(vocab)} features -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
