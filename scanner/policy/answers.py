"""Answers of a question-and-answer layout read with their question. A FAQ answers "Q15. Do you keep my card
number?" with "No." or "No, we never keep them.", "We respect it.": the answer alone names neither the practice
nor the data, and the patterns read sentences one by one. An answer opening with Yes or No is read once more as
the question turned into a statement of that polarity ("Do you share my health answers with anyone?" + "No" reads
"we do not share my health answers with anyone"); an answer whose object is a pronoun is read with the pronoun
replaced by what the question asks about ("What about the three digits on the back?" + "we never keep them" reads
"we never keep the three digits on the back"). What that reading finds, and the answer's own reading did not, is
claimed citing the answer sentence (the question is a heading, and the answer is what the policy says).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from scanner.model import Claim
from scanner.policy.claimbase import claim_id
from scanner.policy.claims import sentence_claims
from scanner.policy.lexicon import Lexicon
from scanner.policy.segment import Sentence

_LEAD = re.compile(r"^[\s#*_>|]*(?:(?:Q(?:uestion)?\s*\d*|\d+(?:\.\d+)*)[.:)]?\s+)?(?:[*_]+\s*)?")
_ANSWER_LEAD = re.compile(r"^[\s*_>]*(?:A(?:nswer)?\s*\d*[.:)]\s*)?")
_YES_NO = re.compile(r"^(yes|no)\b[\s.,;:!\u2014\u2013-]*", re.I)
_ASK = re.compile(r"^(do|does|did|will|would|can|could|may|might|should|shall|has|have|is|are|was|were)\s+(.+)$", re.I)
_BE = ("is", "are", "was", "were")
_YOU = re.compile(r"^(?:you|we|y'all)\s+", re.I)
_WH = re.compile(r"^(?:and\s+)?(?:what|how|who|why|where|when|which)\b(?:\s+(?:about|happens|happen|do|does|did|is|are|was|"
                 r"were|else|if|to|when|with|of|for|will|would|can))*\s+", re.I)
_PRONOUN = re.compile(r"\b(?:it|them)\b")
_FIRST = re.compile(r"\b(?:my|me|mine|myself)\b|\bI\b(?!')", re.I)
_SECOND = {"my": "your", "me": "you", "mine": "yours", "myself": "yourself", "i": "you"}
_BARE = re.compile(r"[\s*_>]*(?:A(?:nswer)?\s*\d*[.:)]\s*)?[*_]*(Yes|No)[.!]?[*_]*\s*", re.I)
_CLAUSE_END = re.compile(r"[:;.](?=\s|$)")


def statement(question: str, no: bool) -> str | None:
    """A yes/no question as the statement its answer makes, or None when it is not a yes/no question."""
    m = _ASK.match(question)
    if not m:
        return None
    aux, rest = m.group(1).lower(), m.group(2)
    if aux in _BE:
        if rest.lower().startswith("there "):  # "Are there cameras in the studio?" - "there are cameras ..."
            return f"there {aux}{' no' if no else ''} {rest[6:]}"
        return f"it {aux}{' not' if no else ''} so that {rest}"
    rest = _YOU.sub("", rest)
    helper = "do" if aux in ("do", "does", "did") else aux
    return f"we {helper} not {rest}" if no else f"we {rest}" if helper == "do" else f"we {helper} {rest}"


def reading(question: str, answer: str) -> tuple[str, int] | None:
    """The text an answer is read as once more, with its question, and how much of the answer that reading
    speaks for (a Yes or No up to its clause's end: "No, with two exceptions:" and not the exceptions that
    follow), or None."""
    q = _LEAD.sub("", question).strip().rstrip("*_").strip().rstrip("?").strip()
    # the reader asks in the first person, the policy speaks to the second: "my card" is "your card"
    q = _FIRST.sub(lambda m: _SECOND[m.group(0).lower()], q)
    lead = _ANSWER_LEAD.match(answer)
    skip = lead.end() if lead else 0
    a = answer[skip:]
    yes_no = _YES_NO.match(a)
    if yes_no:
        said = statement(q, yes_no.group(1).lower() == "no")
        if said:
            end = _CLAUSE_END.search(answer, skip + yes_no.end())
            return said + ".", end.start() + 1 if end else len(answer.rstrip())
        a = a[yes_no.end():]
    if _PRONOUN.search(a) and not _ASK.match(q):
        return _PRONOUN.sub(_WH.sub("", q), a, count=1), len(answer.rstrip())
    return None


def answer_claims(text: str, sents: Sequence[Sentence], claims: Sequence[Claim], lex: Lexicon,
                  source: str | None = None) -> tuple[Claim, ...]:
    """Claims of the answers of a question-and-answer layout that their own reading missed. A bare "Yes." or "No."
    (often a line of its own) answers through the sentence after it, which is then the one cited."""
    # what the answer says of a practice itself stands: the question's reading only fills in practices the answer's
    # own sentences leave unread ("Does the Company follow the 'Do Not Track' setting?" + "No. The website does not
    # respond to the Do Not Track signal" is read from the answer, not from a question whose own words hold a "not")
    have = {(c.start, c.type) for c in claims}
    out: list[Claim] = []
    for i in range(1, len(sents)):
        question = text[sents[i - 1].start:sents[i - 1].end].strip()
        if not question.rstrip("*_ ").endswith("?"):
            continue
        sent, answer = sents[i], text[sents[i].start:sents[i].end]
        bare = _BARE.fullmatch(answer)
        if bare and i + 1 < len(sents) and not sents[i + 1].heading:
            sent = sents[i + 1]
            answer = bare.group(1) + ". " + text[sent.start:sent.end]
        elif sent.heading:
            continue
        read = reading(question, answer)
        if not read:
            continue
        said, length = read
        length = sent.end - sent.start if bare else length
        found = sentence_claims(said, Sentence(0, len(said), sent.section), lex, source=source)
        for c in found:
            if (sent.start, c.type) in have:
                continue
            have.add((sent.start, c.type))
            cited = text[sent.start:sent.start + length]
            out.append(dataclasses.replace(c, id=claim_id(c.type, c.polarity, cited) + "-qa", text=cited,
                                           start=sent.start, end=sent.start + length))
    return tuple(out)


__all__ = ["answer_claims", "reading", "statement"]
