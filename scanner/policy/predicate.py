"""A practice named as the subject and denied by the predicate: "Selling your data is not something we do",
"Collecting data from children is not something we would ever consider". The practice is a gerund phrase that
opens the clause; the negation follows it, outside any cue window, and governs it (unlike "the data we collect is
not shared", where the negation belongs to a verb of its own)."""

from __future__ import annotations

import re

# the clause opens with a gerund phrase (after a conjunction or a heading-like label at most)
_GERUND_SUBJECT = re.compile(r"\W*(?:(?:and|but|so|also)\s+)?[a-z]+ing\b")
# "... is not something we do", "isn't something (that) Acme does", "is never a thing we would consider"
_DENYING_PREDICATE = re.compile(
    r"\s(?:is|was|would be|will be)\s+(?:not|never)\s+(?:\w+\s+)?(?:something|a thing|an? (?:practice|activity|service))\s+"
    r"(?:that\s+)?(?:we|[\w-]+)\s+(?:(?:would|will|do|does|did|ever|currently|now|have|has|ever)\s+)*"
    r"(?:do|does|did|done|consider|considered|engage in|offer|offers|allow|allows|permit|permits|practi[cs]e|undertake)\b"
    r"|\s(?:isn't|wasn't)\s+(?:\w+\s+)?(?:something|a thing)\s+(?:that\s+)?(?:we|[\w-]+)\s+"
)


def denied_by_predicate(clause: str, t0: int) -> bool:
    """Whether the trigger at clause[t0:] stands in a gerund subject that the clause's predicate denies."""
    opening = _GERUND_SUBJECT.match(clause)
    if opening is None or t0 > opening.end() + 80:
        return False
    denial = _DENYING_PREDICATE.search(clause, opening.end())
    return denial is not None and denial.start() >= t0
