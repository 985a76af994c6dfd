"""The dependency frames' second reading of a policy (scanner/policy/deps.py): sentences and types the patterns left
empty are parsed, only where a frame verb of a missing type stands next to some data and an actor, and a frame claim
passes the same context checks as a pattern trigger (antecedents, trailing conditions, obligations, the type's
`unless`); the parse also vetoes a pattern's "collect" done by someone else.
"""

from __future__ import annotations

import re

from scanner.model import Claim
from scanner.policy import clauses as cl
from scanner.policy.citing import clause_cited, elliptic, with_antecedent
from scanner.policy.claimbase import cached_names, make_claim
from scanner.policy.lexicon import Lexicon
from scanner.policy.orgname import Names, names_of
from scanner.policy.segment import Sentence

# every frame needs the company (we, us, our ...), a passive, data that goes somewhere, a user telling us, or a log
_ACTOR = re.compile(
    r"\b(?:we|us|our|ours)\b|\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?\w+(?:ed|en|wn|ld|nt|ne|ht)\b"
    r"|\b(?:go|goes|flows?|travels?|passes|moves?)\b|\blogs?\b"
    # a recipient as the subject: "the restaurant receives ...", "Plotwise gets ..."
    r"|\b(?:receives?|gets|obtains?|sees|access(?:es)?)\b"
)


# a pattern's "collects" is parsed for the veto only when someone else could be its subject
_VETO_HINT = re.compile(
    r"\b(?:it|they|you|these|those|such|which|networks?|tools?|partners?|vendors?|providers?|advertisers?|parties|companies|sdks?"
    r"|plugins?|scripts?|pixels?|gifs?|entry|entries|merchants?|banks?|issuers?)\s+(?:[\w'-]+\s+){0,6}?"
    r"(?:collect|gather|obtain|receiv|record|captur|access|log|track|request|retriev|harvest|scrap|see|read)\w*"
)
def _to_own(norm: str, names: Names) -> bool:
    """The sentence's only "to ..." destination is the company by name ("sent to Acme", "uploaded to Acme's servers")."""
    dests = re.findall(r"\bto (?:the )?([\w'-]+(?: [\w'-]+){0,2})", norm)
    return bool(dests) and all(any(d == n or d.startswith((n + " ", n + "'")) for n in names.own) for d in dests)


_PARSE_MAX = 1500  # characters: about 250 words, far beyond a real sentence


def frame_pass(
    text: str, sents: list[Sentence], per_sentence: list[list[Claim]], befores: list[str], lex: Lexicon, source: str | None
) -> None:
    """Claims of the dependency frames, for sentences and types the patterns left empty; the same context
    checks as a pattern trigger (antecedents, trailing conditions, obligations, the type's `unless`)."""
    from scanner.policy import deps

    _, verbs = deps.frames()
    names = names_of(text)
    todo: list[tuple[int, str, str, set[str]]] = []
    for i, sent in enumerate(sents):
        have = {c.type for c in per_sentence[i]}
        if sent.heading:
            continue
        raw = text[sent.start : sent.end]
        if len(raw) > _PARSE_MAX:  # a run-on "sentence" (no punctuation) is beyond the parser and slow: patterns only
            continue
        norm = cl.normalise(raw, lex)
        if lex.legal_basis.search(norm):
            continue
        # parse only where a frame type still missing here has one of its verbs, next to some data
        wanted = any(kind not in have and forms.search(norm) for kind, forms in verbs.items())
        if ("collects" in have and _VETO_HINT.search(norm)) or (
            wanted
            and (_ACTOR.search(norm) or any(n in norm for n in names.own))
            and lex.any_data.search(norm)
            and not cl.skipped(norm, lex)
        ):
            todo.append((i, raw, norm, have))
    for (i, raw, norm, have), doc in zip(todo, deps.parse([t[1] for t in todo]), strict=True):
        if names.own and "shares_personal_data" in have and _to_own(norm, names) and not cached_names(lex.recipients, norm):
            # "your queries are never sent to Acme": the company by its name is no recipient (the frames read it as us)
            per_sentence[i] = [c for c in per_sentence[i] if c.type != "shares_personal_data"]
            have = have - {"shares_personal_data"}
        if "collects" in have and deps.others_collect(doc, names):  # the parse vetoes a pattern's "collect" done by others
            per_sentence[i] = [c for c in per_sentence[i] if c.type != "collects"]
        fr = cl.frame(norm, lex)
        for kind, deny, v0, v1 in deps.frame_claims(raw, norm, lex, have, befores[i], doc, names):
            c0, c1 = fr.clause_of(v0)
            clause = norm[c0:c1]
            if fr.skipped(v0) or cl.obliged(clause, lex) or any(p.search(clause) for r in lex.rules if r.type == kind for p in r.unless):
                continue
            if kind == "shares_personal_data" and not deny and lex.internal_recipient.search(clause):
                continue  # shared with the user, the company's staff or its own records (cues.toml [sharing])
            mode, cond = cl.modality(fr, (c0, c1), v1, lex)
            but_not = elliptic(fr, {kind: (deny, (c0, c1))}, lex).get(kind)
            own = with_antecedent(fr, (c0, c1) if but_not else clause_cited(fr, (c0, c1), deny, kind, lex))
            per_sentence[i].append(make_claim(kind, deny, mode, cond, raw, sents[i], lex, norm[fr.main :], source, span=own))
            if but_not:
                _, b_mode, b_cond, b_span = but_not
                per_sentence[i].append(make_claim(kind, True, b_mode, b_cond, raw, sents[i], lex, norm[fr.main :], source, span=b_span))
