"""Section context: what a statement is follows from where it stands. Under a heading that says what is
collected ("Personal data we collect", "2.1 Data you give us" below it, "WHAT INFORMATION WE COLLECT"), a list
item or a "Label: items" line that names kinds of data states a collection even without a verb ("Identity
data: date of birth, nationality ..."), and so does the lead-in that introduces such a list ("Depending on the
service, this may include:"). The headings and the label shape are data (`[sections]` in rules/claims/cues.toml);
a line that denies or already makes a collection claim is left alone.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache

from scanner.model import Claim
from scanner.policy import clauses as cl
from scanner.policy.claimbase import make_claim
from scanner.policy.durations import bound_of
from scanner.policy.gates import names_in
from scanner.policy.lexicon import Lexicon
from scanner.policy.segment import Sentence
from scanner.resources import rules_dir

_VERB = re.compile(r"\b(?:is|are|was|were|will|would|may|might|can|could|do|does|did|has|have|we|you|they|it|uses?|used)\b")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    with (rules_dir() / "claims" / "cues.toml").open("rb") as handle:
        data = tomllib.load(handle)["sections"]
    return {key: re.compile(str(value), re.I) for key, value in data.items()}


def retention_sections(sents: list[Sentence]) -> list[bool]:
    """For each sentence, whether its heading is about how long data is kept."""
    pats = _patterns()
    return [bool(s.section and pats["retention"].search(s.section)) for s in sents]


def collection_sections(sents: list[Sentence], text: str = "") -> list[int]:
    """For each sentence, whether it stands under a heading (or a data sub-heading of one) about collection: 1, or 2
    under a Markdown sub-heading of one that names no topic of its own ("### From everyone" under "## What we
    collect", given the text: only its table rows are read as collections there), else 0."""
    pats = _patterns()
    out: list[int] = []
    inherited = False
    on, section, level = False, None, 0  # level: the Markdown depth of the collection heading that turned it on
    for sent in sents:
        if sent.section != section:
            head = sent.section or ""
            depth = _depth(text, sent) if text and sent.heading else 0
            if pats["collects"].search(head) and not pats["other_topic"].search(head):
                on, level, inherited = True, depth, False
            elif on and level and depth > level and not pats["other_topic"].search(head):
                inherited = not pats["data_heading"].search(head)  # a sub-heading of the collection heading
            elif on and level and 0 < depth <= level:
                on, inherited = False, False  # a sibling of the collection heading ends its section
            else:
                on, inherited = on and bool(pats["data_heading"].search(head)) and not pats["other_topic"].search(head), False
            section = sent.section
        out.append(2 if on and inherited else int(on))
    return out


def _depth(text: str, sent: Sentence) -> int:
    m = re.match(r"[ \t]{0,3}(#{1,6})[ \t]", text[sent.start : sent.end])
    return len(m.group(1)) if m else 0


def _mode(norm: str, lex: Lexicon) -> tuple[str, tuple[int, int] | None]:
    cond = lex.conditional.search(norm)
    if cond:
        return "conditional", (cond.start(), len(norm))
    return ("possible" if lex.possible.search(norm) else "definite"), None


def _names_data(norm: str, lex: Lexicon) -> bool:
    return any(name != "personal_information" for name in names_in(lex.data_types, norm))


def section_claims(text: str, sents: list[Sentence], per_sentence: list[list[Claim]], lex: Lexicon, source: str | None) -> None:
    """Add the collection claims that the section context makes (in place)."""
    pats = _patterns()
    inside = collection_sections(sents, text)
    items: dict[int, list[int]] = {}
    for i, sent in enumerate(sents):
        if sent.lead is not None:
            items.setdefault(sent.lead, []).append(i)
    keeping = retention_sections(sents)
    for i, sent in enumerate(sents):
        if not keeping[i] or sent.heading:
            continue
        norm = cl.normalise(text[sent.start : sent.end], lex)
        # a table row is a schedule line too ("| Server logs | 30 days |"; the header row names no period)
        if not (sent.bullet or pats["label"].search(norm) or text[sent.start : sent.end].lstrip().startswith("|")):
            continue
        bound = bound_of(norm)
        # "Analytics data: no longer than 14 months" - a bound's own "no" is no denial
        unbound = cl.unbounded(norm, lex)
        if any(c.type == "retention" for c in per_sentence[i]) or lex.neg_cue.search(unbound) or not (bound or pats["period"].search(norm)):
            continue
        mode, cond = _mode(norm, lex)
        raw = text[sent.start : sent.end]
        per_sentence[i].append(make_claim("retention", False, mode, cond, raw, sent, lex, norm, source, bound))
    covered: set[int] = set()
    for i, sent in enumerate(sents):
        if any(c.type == "collects" for c in per_sentence[i]):
            covered.update(items.get(i, []))  # the lead-in's claim speaks for its items
            continue
        if not inside[i] or sent.heading:
            continue
        raw = text[sent.start : sent.end]
        norm = cl.normalise(raw, lex)
        if lex.neg_cue.search(norm):
            continue
        label = pats["label"].search(norm)
        if inside[i] == 2 and not raw.lstrip().startswith("|") and not (label and pats["data_heading"].search(label.group(0))):
            continue  # under a sub-heading without a data topic of its own only table rows and data labels are read
        if i in items:  # a lead-in: its items say what is collected
            listed = " ".join(cl.normalise(text[sents[m].start : sents[m].end], lex) for m in items[i])
            if _names_data(listed, lex):
                mode, cond = _mode(norm, lex)
                per_sentence[i].append(make_claim("collects", False, mode, cond, raw, sent, lex, norm + " " + listed, source))
                covered.update(items[i])
            continue
        # an item that is a noun phrase ("your date of birth, which ...") or a label line, not a sentence of its own
        # (a table row is one too: "| Contact data | name, email address | You |")
        phrase = (sent.bullet or raw.lstrip().startswith("|")) and not _VERB.search(re.split(r"[,;(:]", norm.strip(" |"), maxsplit=1)[0])
        if i in covered or not (phrase or label) or not _names_data(norm, lex):
            continue
        mode, cond = _mode(norm, lex)
        per_sentence[i].append(make_claim("collects", False, mode, cond, raw, sent, lex, norm, source))
