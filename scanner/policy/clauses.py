"""How one sentence is read around a trigger: its normalised form, its clauses, the antecedent ("If you
register, ...") and trailing conditions ("... if required by law") whose own words are not claims, and the
reasons a trigger in a clause is not a claim at all (a relative clause, a user obligation, a third party
acting). Polarity and modality live in scanner/policy/polarity.py and are re-exported here, so the passes
ask one module. The rules are shallow and driven by rules/claims/cues.toml; the dependency frames
(scanner/policy/deps.py) read the wordings these rules do not know.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from scanner.policy.inversion import uninvert
from scanner.policy.lexicon import Lexicon
from scanner.policy.polarity import CONSENT_GATE, TRACKING, elliptic_denials, modality, negated

__all__ = ["CONSENT_GATE", "FOLD_CASED", "TRACKING", "Frame", "elliptic_denials", "frame", "in_relative", "modality",
           "negated", "normalise", "obliged", "skipped", "third_party_actor", "unbounded"]

_FOLD = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "*": " ",
        "_": " ",
        "#": " ",
        "<": " ",
        ">": " ",
        "\n": " ",
        "\r": " ",
        "\t": " ",
        "`": " ",
        "|": " ",
    }
)
FOLD_CASED = _FOLD  # quotes, dashes and markup folded, case kept: what the parser reads (same length as the text)
_WORD = re.compile(r"[\w'/-]+")
_NOT_PROVISO = r"(?! (?:by|to|for|in|on|with|through|via|from|under|at|as)\b)"  # "a form provided by Stripe" is no condition
_TRAILING = re.compile(
    r"\s(?:if|unless|provided(?: that)?" + _NOT_PROVISO + r"|only if|in the event(?: that)?|in case of|once|when|whenever|after|before"
    r"|as soon as|while|until)\b"
)
_FINITE = frozenset(["is", "are", "was", "were"])
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)+\.?|\d+\.|\(?(?:[a-h]|i{1,3}|iv|v|vi{1,3})\))\s+(?=[a-z])")
_COORD = re.compile(r"\b[\w/-]+(?:,\s+(?:(?:or|and|and/or)\s+)?|\s+(?:or|and|and/or)\s+)$")


_T = TypeVar("_T")
_NORMALISED: dict[tuple[int, str], str] = {}
_SKIPPED: dict[tuple[int, str], bool] = {}


def _once(table: dict[tuple[int, str], _T], text: str, lex: Lexicon, compute: Callable[[str, Lexicon], _T]) -> _T:
    """`compute(text, lex)`, remembered per sentence text: several passes (patterns, frames, lists, the fallback)
    ask the same question of each sentence. The table is emptied when it grows past a few policies' worth."""
    key = (id(lex), text)
    if key not in table:
        if len(table) > 8192:
            table.clear()
        table[key] = compute(text, lex)
    return table[key]


def normalise(raw: str, lex: Lexicon) -> str:
    """Lower-case, fold quotes, blank markup; always the same length as `raw` so offsets carry over."""
    return _once(_NORMALISED, raw, lex, _normalise)


def skipped(norm: str, lex: Lexicon) -> bool:
    """Whether a normalised sentence states no practice (cues.toml `[skip] sentence`)."""
    return _once(_SKIPPED, norm, lex, lambda text, lx: lx.skip_sentence.search(text.strip()) is not None)


def unbounded(norm: str, lex: Lexicon) -> str:
    """The sentence with its negated bounds ("not kept longer than six months") blanked: a bound is no denial."""
    return lex.neg_bound.sub(lambda m: " " * len(m.group(0)), norm)


def _normalise(raw: str, lex: Lexicon) -> str:
    low = raw.lower()
    if len(low) != len(raw):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in raw)
    text = low.translate(_FOLD)
    # "8.1 Once we have received ...": a paragraph number is not part of the sentence (blanked, same length)
    text = _NUMBERING.sub(lambda m: " " * len(m.group(0)), text)
    text = lex.masks.sub(lambda m: re.sub(r"[\s-]", "_", m.group(0)), text)
    # "at no time is the code stored" reads in declarative order (scanner/policy/inversion.py)
    return uninvert(text)


def _first_comma(text: str, start: int) -> int:
    depth = 0
    for i in range(start, len(text)):
        c = text[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c == "," and depth == 0:
            return i
    return len(text)


@dataclass(frozen=True)
class Frame:
    """The parts of one sentence: where its main part starts, its clauses and its skipped spans."""

    norm: str
    main: int  # offset where the main clause begins (after a leading antecedent)
    antecedent_conditional: bool
    antecedent_open: bool  # "Where data is transferred abroad, ...": the antecedent states a practice itself
    clauses: tuple[tuple[int, int], ...]
    conditions: tuple[tuple[int, int], ...]  # trailing conditional clauses (skipped for triggers)

    def clause_of(self, pos: int) -> tuple[int, int]:
        for start, end in self.clauses:
            if start <= pos < end:
                return start, end
        return self.main, len(self.norm)

    def skipped(self, pos: int) -> bool:
        return (pos < self.main and not self.antecedent_open) or any(s <= pos < e for s, e in self.conditions)


# "we", or "you" handing data over ("When you create an account you provide your phone number ...")
_MAIN_SUBJECT = re.compile(
    r"\bwe\s+(?!are\b|were\b|have\b|had\b|'ve\b)|\byou\s+(?=(?:also\s+)?(?:provide|give|enter|submit|send|upload|supply|tell)\b)"
)


def _unmarked_main(norm: str, start: int, end: int, not_main: frozenset[str]) -> int:
    """Where the main clause starts when no comma marks it: "If an account is inactive for 24 months we delete
    it" - the first "we" (or "you" handing data over) after the antecedent's own subject, unless it opens a
    complement ("if you think we")."""
    for s in _MAIN_SUBJECT.finditer(norm[start:end]):
        pos = start + s.start()
        before = _words(norm[start:pos])
        if len(before) >= 3 and before[-1] not in not_main and before[0] != "we":
            return pos
    return end


def frame(norm: str, lex: Lexicon) -> Frame:
    main, conditional, open_ = 0, False, False
    m = lex.antecedent_conditional.match(norm) or lex.antecedent_neutral.match(norm)
    if m:
        conditional = lex.antecedent_conditional.match(norm) is not None
        open_ = bool(
            re.match(
                r"\W*(?:where|in cases where|when|whenever|to the extent(?: that)?)\s+"
                r"(?!you\b|your\b|users?\b|visitors?\b|customers?\b|a user\b)",
                norm,
            )
        )
        main = _first_comma(norm, m.end()) + 1
        # "If you provide your name, email, and address, we ..." - a list comma is not the end
        while (
            main < len(norm)
            and re.match(r"\s*(?:and|or)?\s*(?:your |their |the |an? )?[\w-]+(?: [\w-]+)?,", norm[main:])
            and not re.match(r"\s*(?:we|you|they|it|our)\b", norm[main:])
        ):
            main = _first_comma(norm, main) + 1
        main = min(main, len(norm))
        main = _unmarked_main(norm, m.end(), main, lex.not_main)
    cuts = sorted({0, main, *_splits(norm, main, lex), len(norm)})
    clauses = tuple((a, b) for a, b in itertools.pairwise(cuts) if b > a)
    conditions = []
    for t in _TRAILING.finditer(norm, main):
        start, end = next(((a, b) for a, b in clauses if a <= t.start() < b), (main, len(norm)))
        if t.start() - start > 3:  # a condition opening the clause is handled as that clause's own antecedent
            # ", when transmitted, is protected": a parenthetical subordinate clause ends at its comma, and
            # "Account details: when you start a trial we collect ..." at the main clause's "we"
            stop = min(end, _first_comma(norm, t.end()))
            conditions.append((t.start(), _unmarked_main(norm, t.end(), stop, lex.not_main)))
    return Frame(norm, main, conditional, open_, clauses, tuple(conditions))


def _splits(norm: str, main: int, lex: Lexicon) -> list[int]:
    """Clause boundaries after `main`; a bare "and" (no comma) splits only after a conjunct with a verb of its own
    (cues.toml clauses.conjunct_verb), or it joins two subjects of one verb."""
    cuts: list[int] = []
    for x in lex.clause_split.finditer(norm, main):
        if x.group(0).startswith("and"):
            since = max([main, *cuts, norm.rfind(",", main, x.start()) + 1])
            if not lex.conjunct_verb.search(norm, since, x.start()):
                continue
        cuts.append(x.start())
    return cuts


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def in_relative(prefix: str, trigger: str, lex: Lexicon) -> bool:
    """True when the trigger is the verb of a relative or wh- clause, or a participle/gerund modifier; a
    verb coordinated with such a verb ("information we collect, use or share") is inside it too."""
    for _ in range(4):
        if _relative_here(prefix, trigger, lex):
            return True
        shorter = _COORD.sub("", prefix)
        if shorter == prefix:
            return False
        prefix = shorter
    return False


def _relative_here(prefix: str, trigger: str, lex: Lexicon) -> bool:
    aux = lex.cues["skip"]["auxiliaries"]
    tail = _words(prefix)[-6:]
    for i in range(len(tail) - 1, -1, -1):
        if tail[i] in ("that", "which", "who", "whom", "whose", "what", "how", "why", "whether", "where", "when"):
            between = tail[i + 1 :]
            if tail[i] == "which" and between[:1] == ["case"]:
                break  # "..., in which case we receive your name": a main clause under its condition
            if between[:2] and between[0] in ("kind", "kinds", "type", "types", "sort", "categories") and between[1] == "of":
                between = between[3:]
            unknown = [w for w in between if w not in aux]
            if unknown and any(w in _FINITE for w in between[between.index(unknown[0]) + 1 :]):
                break  # "accounts that are not converted are deleted": the relative clause closed before the trigger
            if len(unknown) <= 1 or (between and between[0] in ("the", "our", "a", "an", "this", "these") and len(unknown) <= 3):
                if tail[i] == "that" and lex.complementizer.search(prefix[-60:]):
                    return False
                return not (tail[i] == "that" and i > 0 and tail[i - 1] in ("so", "such", "ensure", "agree", "know", "note"))
            break
    if lex.contact_relative.search(prefix) and not re.match(r"\W*(?:in order )?to \w+ ", prefix):
        return True  # "information we collect" - but not "To process your order we need ..."
    if re.match(r"\w+ed\b", trigger) and lex.participle.search(prefix):
        return True
    return bool(re.match(r"\w+ing\b", trigger) and lex.gerund_prep.search(prefix))


def obliged(clause: str, lex: Lexicon) -> bool:
    return lex.obligation.match(clause) is not None and not lex.obligation_exempt.search(clause)


def third_party_actor(prefix: str, suffix: str, lex: Lexicon) -> bool:
    if lex.third_party_by.match(suffix) or re.match(r"[^.;]{0,20}?\bon (?:our|their|its|the customer'?s?) behalf\b", suffix):
        return True  # "direct debits are collected on our behalf by our bureau"
    return bool(lex.third_party_agent.search(prefix)) and not re.search(r"\b(?:we|us)\b", prefix)
