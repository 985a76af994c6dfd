"""Lists under a lead-in sentence ("We share information with: - service providers ... - the buyer of our
business ..."). The lead-in's claim speaks for the whole list, so it is cited with its items (one span from
the lead-in to the last item); items that make their own claims keep them too. A lead-in that denies with an
exception ("We do not share children's data except:") is the one case where the items say the opposite of
the lead-in: each item that makes no claim of its own becomes an affirmed claim of the lead-in's type, with
its own modality ("- if the law requires us to" is conditional).
"""

from __future__ import annotations

import re
from typing import Literal

from scanner.model import Claim
from scanner.policy import clauses as cl
from scanner.policy.claimbase import claim_id
from scanner.policy.gates import names_in
from scanner.policy.lexicon import Lexicon
from scanner.policy.segment import Sentence

_EXCEPTION_LEAD = re.compile(r"\b(?:except|excepting|other than|apart from|save for|with the exception of|only)\b[^.;:]{0,60}:\s*$")


def _item_claim(text: str, item: Sentence, lead: Claim, lex: Lexicon) -> Claim:
    raw = text[item.start : item.end]
    norm = cl.normalise(raw, lex)
    cond = lex.conditional.search(norm)
    mode = "conditional" if cond else ("possible" if lex.possible.search(norm) else "definite")
    polarity: Literal["affirm", "deny"] = "affirm"
    return Claim(
        **{
            **lead.__dict__,
            "id": claim_id(lead.type, polarity, raw),
            "polarity": polarity,
            "modality": mode,
            "text": raw,
            "start": item.start,
            "end": item.end,
            "data_types": names_in(lex.data_types, norm) or lead.data_types,
            "recipients": names_in(lex.recipients, norm) or lead.recipients,
            "purposes": names_in(lex.purposes, norm) or lead.purposes,
            "condition": " ".join(raw[cond.start() :].split()).strip(" ,.;") if cond else None,
        }
    )


_NEGATION = re.compile(r"\b(?:not|never|no|none|nor|neither|nothing)\b|n't\b")


def _contradicts(lead: Claim, own: list[Claim], norm: str, lex: Lexicon) -> bool:
    """True when an item says the opposite of the lead-in about its type: a claim of its own with the other polarity,
    or, with no claim of the type, a negation that is neither a bound nor a consent gate ("- With the public. Your
    reviews are shown; your email address is never displayed.")."""
    if any(o.type == lead.type for o in own):
        return any(o.type == lead.type and o.polarity != lead.polarity for o in own)
    if lead.polarity != "affirm" or cl.CONSENT_GATE.search(norm) or lex.neg_bound.search(norm):
        return False
    # the negation must stand in a clause (between commas, semicolons or full stops) that names data
    return any(_NEGATION.search(part) and lex.any_data.search(part) for part in re.split(r"[,;.:()]", norm))


def attach_lists(text: str, sents: list[Sentence], per_sentence: list[list[Claim]], lex: Lexicon) -> None:
    """Rewrite the claims of lead-in sentences (and exception lists' items) in place."""
    items: dict[int, list[int]] = {}
    for i, sent in enumerate(sents):
        if sent.lead is not None:
            items.setdefault(sent.lead, []).append(i)
    for lead, members in items.items():
        lead_norm = cl.normalise(text[sents[lead].start : sents[lead].end], lex)
        exception = _EXCEPTION_LEAD.search(lead_norm) is not None
        kept = []
        for c in per_sentence[lead]:
            if exception and c.polarity == "deny":
                kept.append(c)
                for m in members:
                    if not any(o.type == c.type for o in per_sentence[m]):
                        per_sentence[m].append(_item_claim(text, sents[m], c, lex))
                continue
            # the citation stops before an item that says the opposite of the lead-in about its type ("- your
            # workouts are shared with your followers; notes are never shown"): that item speaks for itself
            # the items after such an item are still the lead-in's: they are cited as runs of their own
            runs: list[list[int]] = [[lead]]
            for m in members:
                if _contradicts(c, per_sentence[m], cl.normalise(text[sents[m].start : sents[m].end], lex), lex):
                    runs.append([])
                else:
                    runs[-1].append(m)
            for run in (r for r in runs if r):
                start, end = (c.start, sents[run[-1]].end) if run[0] == lead else (sents[run[0]].start, sents[run[-1]].end)
                whole = text[start:end]
                cited = Claim(**{**c.__dict__, "text": whole, "start": start, "end": end, "id": claim_id(c.type, c.polarity, whole)})
                if run[0] == lead:
                    kept.append(cited)
                else:
                    per_sentence[run[0]].append(cited)
        per_sentence[lead] = kept
