"""A learned fallback for the rule-based reader: sentences the claim rules left without a claim of some type
are scored by one ridge regression per claim type (word unigrams and bigrams, trained by
scanner/policy/train_semantic.py on the project's own annotated policies, stored in
rules/claims/semantic/model.npz), and a type scoring above its threshold becomes a Claim citing the sentence.
Polarity and modality are not learned: the feature that weighed most for the type is taken as the trigger and
the reader's own negation and modality rules (scanner/policy/clauses.py) read the clause around it, so a
fallback claim follows the same conventions as a rule claim. Data types, recipients and purposes come from
the reader's lexicon. Claims carry source "semantic:<score>" so a reviewer can tell them from rule claims.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import numpy as np

from scanner.model import Claim
from scanner.policy import clauses as cl
from scanner.policy.claimbase import make_claim
from scanner.policy.claims import BASIS_TYPES
from scanner.policy.lexicon import Lexicon, load_lexicon
from scanner.policy.lines import run_in_heading, title_line
from scanner.policy.segment import Sentence, sentences
from scanner.resources import rules_dir

MODEL_PATH = rules_dir() / "claims" / "semantic" / "model.npz"
# kept at 0.9 with twice the training data: trained without heldout2 (or sealed) and scored on it, 0.8 found at
# most one more claim, and 0.5-0.7 brought polarity errors and lost precision
THRESHOLD = 0.9
# types whose affirmation may carry a negation ("not kept longer than", "not set until you accept")
_OWN_POLARITY = frozenset({"consent_for_tracking", "retention"})
_TOKEN = re.compile(r"[a-z][a-z'-]*|\d+")
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def tokens(text: str) -> list[str]:
    return ["0" if t[0].isdigit() else t.strip("'-") for t in _TOKEN.findall(text.lower().translate(_FOLD))]


def features(text: str) -> list[str]:
    """Word unigrams and bigrams of a sentence; digits fold to one token so durations generalise."""
    words = [w for w in tokens(text) if w]
    return [f"w:{w}" for w in words] + [f"b:{a} {b}" for a, b in itertools.pairwise(words)]


@dataclass(frozen=True)
class Model:
    types: tuple[str, ...]
    vocab: dict[str, int]
    weights: np.ndarray  # (features, types)
    bias: np.ndarray  # (types,)

    def scores(self, text: str) -> tuple[np.ndarray, list[str]]:
        """Score per type (a ridge regression onto 0/1: ~1 for a claim sentence), and the sentence's features that the model knows."""
        feats = [f for f in dict.fromkeys(features(text)) if f in self.vocab]
        if not feats:
            return self.bias.copy(), feats
        idx = [self.vocab[f] for f in feats]
        return self.weights[idx].astype(np.float32).sum(axis=0) / np.sqrt(len(idx)) + self.bias, feats


@cache
def load_model(path: Path = MODEL_PATH) -> Model:
    with np.load(path) as data:
        vocab = [str(v) for v in data["vocab"]]
        return Model(tuple(str(t) for t in data["types"]), {v: i for i, v in enumerate(vocab)}, data["weights"], data["bias"])


def _trigger(norm: str, feats: list[str], column: np.ndarray, model: Model) -> tuple[int, int]:
    """Where in the sentence the strongest positive feature of the type stands (the whole sentence if none)."""
    ranked = sorted(feats, key=lambda f: -float(column[model.vocab[f]]))
    for feat in ranked[:5]:
        words = feat[2:].split()
        m = re.search(r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b", norm)
        if m:
            return m.start(), m.end()
    return 0, len(norm)


def sentence_claim(
    text: str, sent: Sentence, kind: str, score: float, feats: list[str], model: Model, lex: Lexicon, source: str | None
) -> Claim | None:
    """The fallback claim of one sentence and type, or None when the type's own `unless` contexts of claims.toml
    (a user right, a disclaimer ...) rule it out, as they would for a rule trigger."""
    raw = text[sent.start : sent.end]
    norm = cl.normalise(raw, lex)
    fr = cl.frame(norm, lex)
    t0, t1 = _trigger(norm, feats, model.weights[:, model.types.index(kind)], model)
    c0, c1 = fr.clause_of(t0)
    # the type's exclusions and a user obligation ("do not share this with anyone") rule it out, as for a rule trigger
    if cl.obliged(norm[c0:c1], lex) or any(p.search(norm[c0:c1]) for r in lex.rules if r.type == kind for p in r.unless):
        return None
    deny = cl.negated(norm[c0:c1], t0 - c0, max(t0, t1) - c0, kind, lex)
    if deny and any(not lex.neg_cue.search(norm[a:b]) for a, b in fr.clauses if (a, b) != (c0, c1)):
        return None  # one clause affirms, another denies: a bag of words cannot tell which one it read
    clause = lex.neg_bound.sub(lambda m: " " * len(m.group(0)), norm[c0:c1])
    if not deny and kind not in _OWN_POLARITY and lex.neg_cue.search(clause):
        return None  # a negation its trigger word did not reach ("our sites do not react to DNT"): polarity unknown
    mode, cond = cl.modality(fr, (c0, c1), t1, lex)
    return make_claim(kind, deny, mode, cond, raw, sent, lex, norm[fr.main :],
                      f"semantic:{score:.2f}" + (f" {source}" if source else ""))


def scored_claims(
    text: str, rule_claims: Sequence[Claim], sents: Sequence[Sentence] | None = None, source: str | None = None, floor: float = 0.5
) -> list[tuple[float, Claim]]:
    """(score, claim) for every sentence and type the rule claims leave empty and the model scores at `floor`
    or above, in text order; the benchmark draws its threshold curve from one call."""
    model, lex = load_model(), load_lexicon()
    sents = list(sents if sents is not None else sentences(text))
    starts = [s.start for s in sents]
    # a claim citing one clause of a sentence still fills its type there
    have = {(sents[bisect.bisect_right(starts, c.start) - 1].start if starts else c.start, c.type) for c in rule_claims}
    out: list[tuple[float, Claim]] = []
    for sent in sents:
        if sent.heading or run_in_heading(text, sent) or title_line(text, sent):
            continue
        raw = text[sent.start : sent.end]
        if lex.skip_sentence.search(cl.normalise(raw, lex).strip()):
            continue
        probs, feats = model.scores(raw)
        basis = lex.legal_basis.search(cl.normalise(raw, lex)) is not None
        for j in np.flatnonzero(probs >= floor):
            kind = model.types[int(j)]
            if (sent.start, kind) not in have and not (basis and kind not in BASIS_TYPES):
                claim = sentence_claim(text, sent, kind, float(probs[j]), feats, model, lex, source)
                if claim is not None:
                    out.append((float(probs[j]), claim))
    return out


def semantic_claims(
    text: str,
    rule_claims: Sequence[Claim],
    sents: Sequence[Sentence] | None = None,
    source: str | None = None,
    threshold: float = THRESHOLD,
) -> tuple[Claim, ...]:
    """Fallback claims for `text`: one per sentence and type that the rule claims leave empty and the model
    scores at `threshold` or above, in text order."""
    seen = {c.id for c in rule_claims}
    out: list[Claim] = []
    for _score, claim in scored_claims(text, rule_claims, sents, source, threshold):
        n = 1
        while claim.id in seen:  # the same sentence text elsewhere in the policy: ids stay unique
            n += 1
            claim = replace(claim, id=f"{claim.id.rsplit('~', 1)[0]}~{n}")
        seen.add(claim.id)
        out.append(claim)
    return tuple(out)
