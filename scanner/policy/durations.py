"""Retention bounds: the first period a retention clause names, as an ISO-8601 duration ("six months" → P6M,
"24 hours" → PT24H), with numbers written as digits, words or both ("thirty (30) days"). A bound is what makes
"not kept longer than six months" an affirmed retention claim rather than a denial, so the claim rules and the
section context (retention schedules under their heading) read periods the same way."""

from __future__ import annotations

import re

_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "eighteen": 18,
    "twenty": 20,
    "twenty-four": 24,
    "thirty": 30,
    "thirty-six": 36,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
}
_DURATION = re.compile(
    r"\b(\d+|"
    + "|".join(sorted((re.escape(k) for k in _NUMBERS), key=len, reverse=True))
    + r")(?:\s*\((\d+)\))?[\s-]+(?:calendar\s+|business\s+)?(day|week|month|year|hour|minute)s?\b"
)


def bound_of(text: str) -> str | None:
    """ISO-8601 duration of the first period named in a retention clause ("six months" → P6M)."""
    m = _DURATION.search(text)
    if not m:
        return None
    number = int(m.group(2) or (m.group(1) if m.group(1).isdigit() else _NUMBERS[m.group(1)]))
    if m.group(3) in ("hour", "minute"):  # a time, not a date, component: "24 hours" → PT24H
        return f"PT{number}{m.group(3)[0].upper()}"
    unit = {"day": "D", "week": "W", "month": "M", "year": "Y"}[m.group(3)]
    return f"P{number}{unit}"
