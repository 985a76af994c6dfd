"""Literal gates for the reader's regular expressions: a pattern of rules/claims such as
`\\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|...)` cannot match a sentence that contains none of
"shar", "disclos", ...; Python's `re` tries such a pattern at every word start (a leading `\\b` or a group
gives it no literal prefix to scan for), which made the claim patterns the reader's largest cost. `required`
derives, from the pattern's parse tree, a small set of strings one of which every match must contain, and
`LiteralIndex` tells from one pass over a sentence which patterns' strings are present, so only those regexes run:
the answer is exactly the regexes', only cheaper (a pattern with no usable literal, a back-reference or case
folding gets no gate and always runs).
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from functools import cache
from typing import Any, Generic, TypeVar

try:  # the parser behind re.compile; its tree is what the gate reads (private in 3.11, stable since 3.0)
    from re import _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python without it simply runs every regex
    _sre = None

MAX_STRINGS = 48  # beyond this many `in` checks the regex itself is as cheap


class _NoGate(Exception):
    """The pattern (or a part that every match needs) has nothing literal to require."""


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """Of several sets that are each required, the most selective one: longest shortest string, then fewest."""
    usable = [o for o in options if o and len(o) <= MAX_STRINGS]
    if not usable:
        return None
    return max(usable, key=lambda o: (min(map(len, o)), -len(o)))


def _seq(items: Any) -> frozenset[str] | None:
    """A set one of whose strings every match of this sequence contains, or None."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset(["".join(run)]))
            run = []
        if name in ("SUBPATTERN", "ATOMIC_GROUP"):
            if name == "SUBPATTERN" and av[1] & re.IGNORECASE:
                raise _NoGate
            sub = _seq(av[-1])
        elif name == "BRANCH":
            alts = [_seq(alt) for alt in av[1]]
            sub = None if any(a is None for a in alts) else frozenset().union(*alts)  # type: ignore[arg-type]
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            sub = _seq(av[2]) if av[0] >= 1 else None
        elif name in ("GROUPREF", "GROUPREF_EXISTS"):
            raise _NoGate  # what a back-reference matches is not in the pattern
        else:  # AT, ASSERT, ASSERT_NOT, ANY, IN, NOT_LITERAL, CATEGORY: nothing literal that is certain
            sub = None
        if sub is not None:
            options.append(sub)
    if run:
        options.append(frozenset(["".join(run)]))
    return _best(options)


@cache
def required(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` contains (shortest first), or None when there is no such
    small set worth checking."""
    if _sre is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = _sre.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
        if tree.state.flags & re.IGNORECASE:
            return None
        found = _seq(tree)
    except (_NoGate, re.error, RecursionError):
        return None
    if found is None or min(map(len, found)) < 2:
        return None  # one letter is in nearly every sentence: no gate
    return tuple(sorted(found, key=len))


K = TypeVar("K", bound=Hashable)
_GRAMS: dict[tuple[str, int], frozenset[str]] = {}


def _grams(text: str, n: int) -> frozenset[str]:
    """The n-letter substrings of `text`; several indexes ask about the same text in a row."""
    found = _GRAMS.get((text, n))
    if found is None:
        if len(_GRAMS) > 64:
            _GRAMS.clear()
        found = _GRAMS[text, n] = frozenset([text[i : i + n] for i in range(len(text) - n + 1)])
    return found


class LiteralIndex(Generic[K]):
    """The gates of many patterns at once: `possible(text)` names the patterns that may match `text`, for the
    cost of one pass over the text's two- and three-letter substrings (set intersections in C) and a few `in`
    checks, whatever the number of patterns; a pattern without a gate is always possible."""

    def __init__(self, patterns: dict[K, re.Pattern[str]]) -> None:
        self.always: frozenset[K] = frozenset(k for k, p in patterns.items() if required(p) is None)
        by_start: dict[str, dict[str, list[K]]] = {}
        for key, pattern in patterns.items():
            for s in required(pattern) or ():
                by_start.setdefault(s[:3], {}).setdefault(s, []).append(key)
        self.by_start = {k: tuple((s, tuple(keys)) for s, keys in v.items()) for k, v in by_start.items()}
        self.starts3 = frozenset(k for k in self.by_start if len(k) == 3)
        self.starts2 = frozenset(k for k in self.by_start if len(k) == 2)

    def possible(self, text: str) -> set[K]:
        out = set(self.always)
        found = self.starts3 & _grams(text, 3)
        if self.starts2:
            found |= self.starts2 & _grams(text, 2)
        for start in found:
            for s, keys in self.by_start[start]:
                if len(s) <= 3 or s in text:
                    out.update(keys)
        return out


_TABLES: dict[int, tuple[dict[str, re.Pattern[str]], LiteralIndex[str]]] = {}


def names_in(table: dict[str, re.Pattern[str]], text: str) -> tuple[str, ...]:
    """The names of `table` (an ontology table: data types, recipients, purposes) whose pattern matches `text`,
    in table order; only the patterns whose gates pass are searched."""
    entry = _TABLES.get(id(table))
    if entry is None or entry[0] is not table:
        entry = _TABLES[id(table)] = (table, LiteralIndex(table))
    possible = entry[1].possible(text)
    return tuple(name for name, pattern in table.items() if name in possible and pattern.search(text))
