"""A learned fallback for the rule-based reader: sentences the claim rules left without a claim of some type
are scored by one logistic regression per claim type (word unigrams and bigrams, plus the ontology classes, cues
and section/list context of `features`, trained by scanner/policy/train_semantic.py on the project's own annotated
policies, stored in rules/claims/semantic/model.npz), and a type whose probability reaches its own threshold
(chosen leave-one-set-out by benchmarks/loso_policy.py) becomes a Claim citing the sentence.
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
from scanner.policy.claimbase import cached_names, make_claim
from scanner.policy.claims import BASIS_TYPES
from scanner.policy.lexicon import Lexicon, load_lexicon
from scanner.policy.lines import run_in_heading, title_line
from scanner.policy.segment import Sentence, sentences
from scanner.resources import rules_dir

MODEL_PATH = rules_dir() / "claims" / "semantic" / "model.npz"
# the one type read in a sentence with a negation other than a bound: consent is affirmed beside one ("not set until
# you accept"); every other type says nothing there (a bound, "not kept longer than", is blanked first)
_NEGATION_ALLOWED = frozenset({"consent_for_tracking"})
# the children's notice denies without a negation word ("if we learn we collected a child's data, we delete it"):
# leave-one-set-out, 4 of its 9 fallback claims at 0.6 had the wrong polarity, so the fallback never emits it
NO_FALLBACK = frozenset({"collects_from_children"})
_TOKEN = re.compile(r"[a-z][a-z'-]*|\d+")
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def tokens(text: str) -> list[str]:
    return ["0" if t[0].isdigit() else t.strip("'-") for t in _TOKEN.findall(text.lower().translate(_FOLD))]


@dataclass(frozen=True)
class Context:
    """What surrounds a sentence: its section heading, and the lead sentence of the list it is an item of."""

    section: str | None = None
    lead: str | None = None


def features(text: str, context: Context = Context(), classes: bool = True) -> list[str]:
    """Word unigrams and bigrams of a sentence (digits fold to one token so durations generalise); with `classes`
    also the ontology classes it names (data types, recipients, purposes of rules/claims/ontology.toml), its
    negation / modality / condition cues, and the words of its section heading and of the lead sentence of its
    list: classes carry over to wordings no training sentence used."""
    words = [w for w in tokens(text) if w]
    out = [f"w:{w}" for w in words] + [f"b:{a} {b}" for a, b in itertools.pairwise(words)]
    if not classes:
        return out
    lex = load_lexicon()
    norm = cl.normalise(text, lex)
    out += [f"d:{n}" for n in cached_names(lex.data_types, norm)]
    out += [f"r:{n}" for n in cached_names(lex.recipients, norm)]
    out += [f"p:{n}" for n in cached_names(lex.purposes, norm)]
    out += [cue for cue, pattern in (("c:neg", lex.neg_cue), ("c:may", lex.possible), ("c:if", lex.conditional)) if pattern.search(norm)]
    if context.section:
        out += [f"h:{w}" for w in tokens(context.section) if len(w) > 2][:8]
    if context.lead:
        out += [f"l:{w}" for w in tokens(context.lead) if len(w) > 2][-12:]
    return out


def context_of(text: str, sents: Sequence[Sentence], sent: Sentence) -> Context:
    lead = sents[sent.lead] if sent.lead is not None and 0 <= sent.lead < len(sents) else None
    return Context(sent.section, text[lead.start : lead.end] if lead else None)


@dataclass(frozen=True)
class Model:
    types: tuple[str, ...]
    vocab: dict[str, int]
    weights: np.ndarray  # (features, types)
    bias: np.ndarray  # (types,)
    thresholds: np.ndarray  # (types,): the probability at which each type fires, chosen leave-one-set-out
    classes: bool = True  # class, cue and context features (False: the words alone)

    def scores(self, text: str, context: Context = Context()) -> tuple[np.ndarray, list[str]]:
        """Probability per type (one logistic regression each), and the sentence's features that the model knows."""
        feats = [f for f in dict.fromkeys(features(text, context, self.classes)) if f in self.vocab]
        z = self.bias.copy()
        if feats:
            z = z + self.weights[[self.vocab[f] for f in feats]].sum(axis=0, dtype=np.float32) / np.sqrt(len(feats))
        return 1.0 / (1.0 + np.exp(-z)), feats


@cache
def load_model(path: Path = MODEL_PATH) -> Model:
    with np.load(path) as data:
        vocab = [str(v) for v in data["vocab"]]
        return Model(
            tuple(str(t) for t in data["types"]), {v: i for i, v in enumerate(vocab)}, data["weights"], data["bias"],
            data["thresholds"], bool(data["classes"]),
        )


def _trigger(norm: str, feats: list[str], column: np.ndarray, model: Model) -> tuple[int, int]:
    """Where in the sentence the strongest positive feature of the type stands (the whole sentence if none)."""
    ranked = sorted((f for f in feats if f[:2] in ("w:", "b:")), key=lambda f: -float(column[model.vocab[f]]))
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
    if kind not in _NEGATION_ALLOWED and lex.neg_cue.search(cl.unbounded(norm, lex)):
        # any negation but a bound ("not kept longer than"), either reading: leave-one-set-out, affirmed readings
        # of such sentences ("we never receive the result of those checks") brought most of the fallback's polarity
        # errors, and its denials were 9 right, 5 wrong, 1 wrong polarity; the rules read these sentences
        return None
    fr = cl.frame(norm, lex)
    t0, t1 = _trigger(norm, feats, model.weights[:, model.types.index(kind)], model)
    c0, c1 = fr.clause_of(t0)
    # the type's exclusions and a user obligation ("do not share this with anyone") rule it out, as for a rule trigger
    if cl.obliged(norm[c0:c1], lex) or any(p.search(norm[c0:c1]) for r in lex.rules if r.type == kind for p in r.unless):
        return None
    deny = cl.negated(norm[c0:c1], t0 - c0, max(t0, t1) - c0, kind, lex)
    if deny and any(not lex.neg_cue.search(norm[a:b]) for a, b in fr.clauses if (a, b) != (c0, c1)):
        return None  # one clause affirms, another denies: a bag of words cannot tell which one it read
    mode, cond = cl.modality(fr, (c0, c1), t1, lex)
    return make_claim(kind, deny, mode, cond, raw, sent, lex, norm[fr.main :],
                      f"semantic:{score:.2f}" + (f" {source}" if source else ""))


def scored_claims(
    text: str,
    rule_claims: Sequence[Claim],
    sents: Sequence[Sentence] | None = None,
    source: str | None = None,
    floor: float = 0.5,
    model: Model | None = None,
) -> list[tuple[float, Claim]]:
    """(score, claim) for every sentence and type the rule claims leave empty and `model` (the committed one by
    default) scores at `floor` or above, in text order; the benchmarks draw their threshold curves from one call."""
    model, lex = model or load_model(), load_lexicon()
    sents = list(sents if sents is not None else sentences(text))
    starts = [s.start for s in sents]
    # a claim citing one clause of a sentence still fills its type there
    have = {(sents[bisect.bisect_right(starts, c.start) - 1].start if starts else c.start, c.type) for c in rule_claims}
    out: list[tuple[float, Claim]] = []
    for sent in sents:
        if sent.heading or run_in_heading(text, sent) or title_line(text, sent):
            continue
        raw = text[sent.start : sent.end]
        norm = cl.normalise(raw, lex)
        if cl.skipped(norm, lex):
            continue
        probs, feats = model.scores(raw, context_of(text, sents, sent))
        basis = lex.legal_basis.search(norm) is not None
        for j in np.flatnonzero(probs >= floor):
            kind = model.types[int(j)]
            if (sent.start, kind) not in have and kind not in NO_FALLBACK and not (basis and kind not in BASIS_TYPES):
                claim = sentence_claim(text, sent, kind, float(probs[j]), feats, model, lex, source)
                if claim is not None:
                    out.append((float(probs[j]), claim))
    return out


def semantic_claims(
    text: str,
    rule_claims: Sequence[Claim],
    sents: Sequence[Sentence] | None = None,
    source: str | None = None,
    threshold: float | None = None,
    model: Model | None = None,
) -> tuple[Claim, ...]:
    """Fallback claims for `text`: one per sentence and type that the rule claims leave empty and the model
    scores at its type's threshold (or at `threshold` for all types) or above, in text order."""
    model = model or load_model()
    floor = threshold if threshold is not None else float(model.thresholds.min())
    seen = {c.id for c in rule_claims}
    out: list[Claim] = []
    for score, claim in scored_claims(text, rule_claims, sents, source, floor, model):
        if threshold is None and score < model.thresholds[model.types.index(claim.type)]:
            continue
        n = 1
        while claim.id in seen:  # the same sentence text elsewhere in the policy: ids stay unique
            n += 1
            claim = replace(claim, id=f"{claim.id.rsplit('~', 1)[0]}~{n}")
        seen.add(claim.id)
        out.append(claim)
    return tuple(out)
