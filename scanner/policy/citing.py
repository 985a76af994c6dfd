"""What a claim cites when its sentence says two things: a clause that says the opposite of the claim ("we receive
the plan and the price, but we do not receive your card number") is left out of its citation, a verbless "..., but
not your viewing history" clause becomes a denial of its own, and a cited first clause keeps the antecedent before
it ("If you bill through ..."). Used by the patterns (claims.py) and the dependency frames (framepass.py) alike.
"""

from __future__ import annotations

import re

from scanner.policy import clauses as cl
from scanner.policy.claimbase import cached_names
from scanner.policy.lexicon import Lexicon

_UNTIL = re.compile(r"\buntil\b(?! (?:then|now|further notice)\b)")

# a sentence that may state a practice in one clause and deny it in another ("logs record the page; payloads are
# not written to them"): only there are the triggers after the first one of a type searched for the other polarity
MIXED = re.compile(r"\b(?:not|never|no|none|nor|neither|nothing|without|cannot)\b|n't\b")


# what a verbless "but not ..." clause can deny: the data types of a practice, or the purpose of a technology
_ELLIPTIC_DATA = frozenset(
    {"collects", "shares_personal_data", "sells_personal_data", "logs_personal_data", "collects_from_children", "links_ip_to_identity"}
)
_Denial = tuple[bool, str, tuple[int, int] | None, tuple[int, int]]
_ELLIPTIC_PURPOSE = _ELLIPTIC_DATA | {"uses_cookies", "uses_web_beacons"}
# types whose polarity is not the presence of a negation: "not set unless you accept" affirms consent, "not kept
# longer than" affirms retention
OWN_POLARITY = frozenset({"consent_for_tracking", "retention", "honors_do_not_track"})


def elliptic(fr: cl.Frame, found: dict[str, tuple[bool, tuple[int, int]]], lex: Lexicon) -> dict[str, _Denial]:
    """Denials of verbless "..., but not your viewing history" clauses after an affirmed clause: per type of `found`
    ((deny, clause span) of a sentence's one claim per type), (True, modality, condition, clause span)."""
    out: dict[str, _Denial] = {}
    for c0, c1 in cl.elliptic_denials(fr):
        what = fr.norm[c0:c1]
        named = lex.any_data.search(what) or cached_names(lex.recipients, what) or re.search(r"\b(?:your|their|his|her)\b", what)
        kinds = _ELLIPTIC_DATA if named else frozenset()
        if re.search(r"\bnot (?:for|with|to)\b", what):
            kinds = kinds | _ELLIPTIC_PURPOSE
        for kind, (deny, span) in found.items():
            if not deny and kind in kinds and kind not in out and span[0] < c0:
                mode, cond = cl.modality(fr, (c0, c1), c1, lex)
                out[kind] = (True, mode, cond, (c0, c1))
    return out


def clause_cited(fr: cl.Frame, span: tuple[int, int], deny: bool, kind: str, lex: Lexicon) -> tuple[int, int] | None:
    """What a claim cites when another clause of its sentence says the opposite ("we receive the plan and the
    price, but we do not receive your card number"): when that clause follows, the sentence up to the claim's
    clause; when it goes before and speaks of the same practice (a trigger or frame verb of the type), the
    claim's clause to the end; else None (the whole sentence). Only a clause
    whose negation agrees with the claim's polarity is cited this way (not a bound, a consent gate or "will not
    work without"), and never an antecedent."""
    from scanner.policy.depparse import mentions

    def negative(text: str) -> bool:  # a consent gate ("not set until you accept") or a bound is no denial
        return MIXED.search(text) is not None and not (cl.CONSENT_GATE.search(text) or _UNTIL.search(text) or lex.neg_bound.search(text))

    own = fr.norm[span[0] : span[1]]
    if MIXED.search(fr.norm) is None:
        return None  # no negation anywhere: nothing says the opposite
    if kind in OWN_POLARITY or len(fr.clauses) < 2 or span[1] <= fr.main or len(own.split()) <= 3 or negative(own) != deny:
        return None
    opposite = [
        (c0, c1) for c0, c1 in fr.clauses
        if (c0, c1) != span and c1 > fr.main and len(fr.norm[c0:c1].split()) > 3 and negative(fr.norm[c0:c1]) != deny
    ]
    if not opposite:
        return None
    if all(c0 >= span[1] for c0, _ in opposite):
        return 0, min(c0 for c0, _ in opposite)
    verbs = mentions().get(kind)
    for c0, c1 in opposite:
        text = fr.norm[c0:c1]
        if c1 <= span[0] and (
            (verbs is not None and verbs.search(text))
            or any(p.search(text) for r in lex.rules if r.type == kind for p in r.patterns)
        ):
            later = [a for a, _ in opposite if a >= span[1]]
            return span[0], min(later) if later else len(fr.norm)
    return None


def with_antecedent(fr: cl.Frame, own: tuple[int, int] | None) -> tuple[int, int] | None:
    """A cited clause that is the sentence's first keeps the antecedent before it ("If you bill through ...")."""
    return (0, own[1]) if own is not None and own[0] <= fr.main else own
