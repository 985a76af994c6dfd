"""Subject-auxiliary inversion after a fronted negation, undone in place: "at no time is the card security code
requested or stored" reads as "at no time the card security code is requested or stored", and "nor does it make
personal data available" as "nor it does make ...". The claim patterns, the negation scopes and the dependency
frames all know the declarative order; rather than give each an inverted twin, the normalised sentence swaps the
auxiliary and its subject. The swap keeps the sentence's length (the auxiliary and the subject trade places inside
their own span), so offsets into the raw text still hold up to a few characters within that span."""

from __future__ import annotations

import re

# a fronted negation (a cue of cues.toml that scopes the subject after it)
FRONTED = re.compile(r"(?:at no (?:time|point|stage)|under no circumstances|in no (?:case|event|circumstances)|on no account)\b")
# a fronted negation opening a sentence or a clause, then the auxiliary
_FRONT = re.compile(
    r"(?:^|[;:,(]\s*|\b(?:and|but|so)\s+)\W*"
    rf"(?:{FRONTED.pattern}|not once|nor)"
    r",?\s+(?P<aux>is|are|was|were|will|shall|can|could|may|might|would|should|must|has|have|had|does|do|did)\s+"
)
# the passive participle that ends a full subject ("... requested", "... shown", "... associated")
_PARTICIPLE = re.compile(
    r"(?:(?:be|been|ever|then|later|subsequently)\s+){0,2}(?:[a-z]+ed|shown|given|sold|sent|kept|held|made|seen|told|"
    r"written|known|taken|read|set|put|paid|lent|done|withheld|built|brought|bought|left)\b"
)
_WORD = re.compile(r"[\w'\u2019()./-]+\s+")
# a subject cannot end in a determiner or a preposition ("is the shared drive ...": "the" is no subject)
_NOT_LAST = frozenset(
    {"the", "a", "an", "your", "our", "their", "its", "his", "her", "any", "this", "that", "these", "those", "of", "to"}
    | {"for", "with", "by", "in", "on"}
)
_PRONOUN = re.compile(r"(?:it|they|we|he|she)\s+")


def uninvert(text: str) -> str:
    """`text` with every inversion after a fronted negation put in declarative order (same length)."""
    if " no " not in text and "nor " not in text and "not once" not in text:
        return text
    out = text
    for m in _FRONT.finditer(text):
        aux_start, pos = m.start("aux"), m.end()
        if m.group("aux") in ("do", "does", "did"):
            # do-support has a bare verb after the subject: only a pronoun subject is certain ("nor does it make")
            subj = _PRONOUN.match(text, pos)
            end = subj.end() if subj else -1
        else:
            end, words = -1, 0
            while words < 12:
                w = _WORD.match(text, pos)
                if w is None or w.group(0).strip() in ("not", "never"):
                    break
                pos, words = w.end(), words + 1
                if w.group(0).strip() not in _NOT_LAST and _PARTICIPLE.match(text, pos):
                    end = pos
                    break
        if end < 0:
            continue
        span = text[aux_start:end]
        head = span[: m.end() - aux_start]  # the auxiliary and the white space after it
        out = out[:aux_start] + span[len(head) :] + head + out[end:]
    return out
