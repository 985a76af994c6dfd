"""How one sentence is read around a trigger: its normalised form, its clauses, the antecedent ("If you
register, ...") and trailing conditions ("... if required by law") whose own words are not claims, and for
a trigger in a clause its polarity, modality and the reasons it is not a claim at all (a relative clause,
a user obligation, a third party acting). The rules are shallow and driven by rules/claims/cues.toml; they
stand in for a dependency parse, which no installable model here does fast enough for the time budget.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from scanner.policy.lexicon import Lexicon

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
_BREAK = re.compile(
    r"\b(?:how|what|which|who|whom|whose|whether|that|because|since|when|where|while|although|unless|if|so that|and we|but"
    r"|before|after)\b"
)
_NOT_PROVISO = r"(?! (?:by|to|for|in|on|with|through|via|from|under|at|as)\b)"  # "a form provided by Stripe" is no condition
_TRAILING = re.compile(
    r"\s(?:if|unless|provided(?: that)?" + _NOT_PROVISO + r"|only if|in the event(?: that)?|in case of|once|when|whenever|after|before"
    r"|as soon as|while|until)\b"
)
_LISTED = re.compile(r"^[^.;]{0,80}?,?\s(?:such as|including|e\.g\.|for example|namely)\s[^.;]*$")
_FINITE = frozenset(["is", "are", "was", "were"])
# a negation followed by its own verb and then a finite auxiliary belongs to a closed relative clause
_CLOSED = re.compile(r"\b[a-z]\w+\s+(?:is|are|was|were)\s+$")
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)+\.?|\d+\.|\(?(?:[a-h]|i{1,3}|iv|v|vi{1,3})\))\s+(?=[a-z])")
_COORD = re.compile(r"\b[\w/-]+(?:,\s+(?:(?:or|and|and/or)\s+)?|\s+(?:or|and|and/or)\s+)$")


_NORMALISED: dict[tuple[int, str], str] = {}


def normalise(raw: str, lex: Lexicon) -> str:
    """Lower-case, fold quotes, blank markup; always the same length as `raw` so offsets carry over. Each
    sentence is normalised by several passes (patterns, frames, lists, the fallback): computed once."""
    key = (id(lex), raw)
    norm = _NORMALISED.get(key)
    if norm is None:
        if len(_NORMALISED) > 8192:
            _NORMALISED.clear()
        norm = _NORMALISED[key] = _normalise(raw, lex)
    return norm


def _normalise(raw: str, lex: Lexicon) -> str:
    low = raw.lower()
    if len(low) != len(raw):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in raw)
    text = low.translate(_FOLD)
    # "8.1 Once we have received ...": a paragraph number is not part of the sentence (blanked, same length)
    text = _NUMBERING.sub(lambda m: " " * len(m.group(0)), text)
    return lex.masks.sub(lambda m: re.sub(r"[\s-]", "_", m.group(0)), text)


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


def _unmarked_main(norm: str, start: int, end: int, not_main: frozenset[str]) -> int:
    """Where the main clause starts when no comma marks it: "If an account is inactive for 24 months we delete
    it" - the first "we" after the antecedent's own subject, unless it opens a complement ("if you think we")."""
    for s in re.finditer(r"\bwe\s+(?!are\b|were\b|have\b|had\b|'ve\b)", norm[start:end]):
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
    cuts = [0, main] + [x.start() for x in lex.clause_split.finditer(norm, main)] + [len(norm)]
    cuts = sorted(set(cuts))
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


_CONSENT_REQUIRED = re.compile(
    r"\s*(?:until|unless|once|after|before you|only (?:if|when|after)|if you (?:do not|don't|choose not|decide not))\b"
)


def _open_bracket(text: str, pos: int) -> bool:
    return text.count("(", 0, pos) > text.count(")", 0, pos)


# "are not placed until you click Accept" / "not set unless you accept": tracking gated on consent is affirmed (with
# its condition); "gift amounts are not published without the donor's permission" stays a denial with a condition
TRACKING = frozenset({"uses_cookies", "uses_web_beacons", "third_party_advertising", "third_party_analytics", "consent_for_tracking"})
CONSENT_GATE = re.compile(
    r"\b(?:unless|until|before|only (?:if|when|after|once))\b[^.;]{0,40}?\b(?:you|users?|visitors?|they)\b[^.;]{0,12}?"
    r"\b(?:accept|agree|consent|opt(?:s|ed)?[- ]in|allow|choose|make a choice|click|enable|turn (?:them |it )?on"
    r"|give (?:us )?(?:your )?(?:consent|permission)|tick)"
)
_NOT_NOUN = r"(?!(?:and|or|is|are|was|were|will|shall|would|be|been|not|never)\b)"
_COORD_NOUN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:" + _NOT_NOUN + r"[\w-]+\s+){0,2}" + _NOT_NOUN + r"[\w-]+")
_GATED = re.compile(r"[^.;]{0,60}?\b(?:until|before)\s+(?:you|users?|visitors?|the user|your|consent)\b")
_GATED_CONSENT = re.compile(r"[^.;]{0,60}?\b(?:unless|without|only (?:if|when|after|once|with))\b")


# "Neither A nor B are used on ...": a passive predicate after a neither/nor subject
_PASSIVE_AFTER = re.compile(
    r"(?:,?\s+[\w-]+){0,8}?,?\s+(?:is|are|was|were|will be|have been|has been|can be|may be)\s+(?:\w+ly\s+)?"
    r"(?:\w+(?:ed|en|wn|ld|nt|ne|ht)|set|run|put|shown)\b"
)
# an elliptic negated phrase ("and not at students,", ", not on your behaviour,") closed by its comma
_ELLIPTIC_OPEN = re.compile(r"(?:\band|\bbut|\bor|,)\s+$")
_ELLIPTIC_PP = re.compile(r"\s+(?:at|on|to|for|with|from|in|by|about|because|the|your|their|our|as)\b")
_NOT_RETENTION_CUE = re.compile(r"(?:disabl|deactivat|switch|turn)")
_CONDITION_OPENS = re.compile(r"\b(?:if|unless|when|whenever|until|in case|once(?= (?:you|we|they|it|the|your|a|an)\b))\b")
# the nouns of a list after a determiner negation: "no advertising cookies, tracking pixels, or analytics SDKs"
_LIST_DETERMINER = re.compile(r"\b(?:no|zero)\s+((?:[\w'/-]+(?:\s+|,\s*))+)$")
_NOT_LIST_WORD = re.compile(
    r"(?:is|are|was|were|be|been|do|does|did|will|would|shall|can|could|may|might|must|has|have|had|we|you|they|it|i"
    r"|on|in|at|to|for|with|from|by|of|that|which|who|where|when|if|but|because|than|only|until|unless)"
)


_COMPOUND_TAIL = re.compile(
    r"(?:\s+(?!" + _NOT_LIST_WORD.pattern + r"\b|(?:not|never|cannot|and|or|nor|then|also)\b|\w+n't\b)[\w'-]+){1,2}(?=\s)"
)


def _list_determiner(prefix: str, lex: Lexicon) -> re.Match[str] | None:
    """A determiner negation that reaches the trigger through a list of nouns ("there are no advertising cookies,
    tracking pixels, or third-party analytics SDKs"): commas or and/or between, no verb, preposition or subject."""
    m = _LIST_DETERMINER.search(prefix)
    if m is None or ("," not in m.group(1) and not re.search(r"\b(?:and|or|nor)\b", m.group(1))):
        return None
    words = _words(m.group(1))
    if len(words) > 14 or any(_NOT_LIST_WORD.fullmatch(w) for w in words):
        return None
    return m


def negated(clause: str, t0: int, t1: int, rule_type: str, lex: Lexicon) -> bool:
    """Polarity of the trigger clause[t0:t1]: True for deny. Bounds ("not longer than") are not denials."""
    bounds = [(b.start(), b.end()) for b in lex.neg_bound.finditer(clause)]
    if rule_type == "retention":
        bounds += [(b.start(), b.end()) for b in lex.retention_bound.finditer(clause)]

    def real(m: re.Match[str], offset: int = 0) -> bool:
        return not any(s <= m.start() + offset < e for s, e in bounds)

    aux = re.search(r"\s+(?:is|are|was|were|will|shall|would|be|been)\s*$", clause[t0:t1])
    if aux and aux.start() > 0:  # a trigger read as "amounts are": its verb, and a negation on it, follow
        t1 = t0 + aux.start()
    prefix, trigger = clause[:t0], clause[t0:t1]
    subject = re.match(r"\W*neither\b.*?\bnor\s+(?:the |our |your )?\S+", clause)
    if subject and t1 <= subject.end() + 1:
        # "Neither AdMob nor Firebase receives ...": the names are the subject, not what is denied; but with a
        # passive predicate the subject is what is denied ("neither analytics nor ad cookies are used")
        return _PASSIVE_AFTER.match(clause[subject.end() :]) is not None
    hits = 0
    window = lex.cues["negation"]["window"]
    for m in lex.neg_cue.finditer(prefix):
        between = prefix[m.end() :]
        if "," in between and _ELLIPTIC_OPEN.search(prefix, 0, m.start()) and _ELLIPTIC_PP.match(between):
            continue  # "aimed at educators and not at students, uses Google Analytics": the aside ends at its comma
        if rule_type == "retention" and _NOT_RETENTION_CUE.match(prefix, m.start()):
            continue  # "accounts are deactivated and deleted": switching off is no denial of keeping or deleting
        # "we do not use tracking technologies, such as analytics tags, advertising pixels ...": a list of
        # examples stays in the scope of the negation that governs its head, however long it is
        near = len(_words(between)) <= window or (_LISTED.search(between) is not None and len(_words(between)) <= window + 30)
        # "(not including your name) about your visits": a negation inside a closed bracket stays there
        bracketed = between.count(")") > between.count("(")
        if near and not bracketed and not _BREAK.search(between) and not _CLOSED.search(between) and real(m):
            hits += 1
    initial = lex.neg_initial.match(clause)
    neither_subject = initial is not None and "neither" in initial.group(0) and not re.search(r"\bnor\s+\S+\s", prefix)
    initial_ok = initial is not None and real(initial, initial.end() - 1 - initial.start())  # "neither ... nor" may open a bound
    if initial and initial_ok and not neither_subject and not re.search(r"\b(?:but|and we|however)\b", prefix[initial.end() :]):
        hits += 1  # "None of the information that is collected ... is sold": relative clauses inside the subject do not end its scope
    hits += sum(
        1 for m in lex.neg_cue.finditer(trigger)
        # "we delete it if we do not receive consent": a negation inside the trigger's own condition is the condition's
        if real(m, t0) and not _open_bracket(trigger, m.start()) and not _CONDITION_OPENS.search(trigger, 0, m.start())
    )
    consent_word = re.match(r"\W*(?:[\w-]+'?s?\s+){0,2}(?:consent|permission|authori[sz]ation|approval|agreement)\b", clause[t0:])
    if lex.neg_without.search(prefix[-30:]) and not (consent_word and rule_type != "consent_for_tracking"):
        # "will not work without the session cookie" affirms; "not published without [the donor's permission]" is
        # a denial with a condition, whichever word of it a reading took as the trigger
        if hits and rule_type != "consent_for_tracking":
            return False  # "online banking will not work without the session cookie": two negations affirm
        hits += 1
    det = lex.neg_determiner.search(prefix) or _list_determiner(prefix, lex)
    if det and real(det) and not _BREAK.search(prefix[det.start() :]):
        hits += 1  # "the app contains no third-party advertising", "there are no adverts"
    rest = clause[t1:]
    practice = lex.neg_after_practice.match(rest)
    compound = None if practice else _COMPOUND_TAIL.match(rest)
    if compound and lex.neg_after_practice.match(rest[compound.end() :]):
        rest = rest[compound.end() :]  # "the Mixpanel analytics SDK is switched off": the rest of the trigger's noun
        practice = lex.neg_after_practice.match(rest)
    for _ in range(3):  # "web beacons and session-replay scripts are not placed": past the rest of a coordinated subject
        if practice:
            break
        more = _COORD_NOUN.match(rest)
        if not more:
            break
        rest = rest[more.end() :]
        practice = lex.neg_after_practice.match(rest)
    if practice:
        t1 = len(clause) - len(rest)
    if practice and not _GATED.match(clause[t1 + practice.end() :], 0) and not (
        rule_type in TRACKING and _GATED_CONSENT.match(clause[t1 + practice.end() :])
    ):
        hits += 1  # "personalised ads are not shown to ...": the nominal trigger's own verb is denied
    after = lex.neg_after.match(clause[t1:])
    if after and re.match(r"\s*(?:no|none|nothing|neither)\b", clause[t1:]):
        hits += 1
    if rule_type == "consent_for_tracking" and (_CONSENT_REQUIRED.match(trigger) or CONSENT_GATE.search(clause) or "until" in clause):
        return False  # "nothing is loaded until you have clicked Accept": consent is required, an affirmation
    if rule_type == "consent_for_tracking" and trigger.lstrip().startswith("without"):
        # "we will not set cookies without your consent": consent is required, an affirmation
        return hits == 0
    return hits > 0


_ELLIPTIC = re.compile(r"\W*(?:but|and|or)?\s*(?:not|never)\s+(?!only\b|limited\b|all\b|always\b|necessarily\b|just\b|even\b|because\b)")
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|being|do|does|did|will|would|shall|should|can|could|may|might|must|has|have|had|we|you|they|it|i)\b|n't\b"
)


def elliptic_denials(fr: Frame) -> list[tuple[int, int]]:
    """Clauses that deny without a verb of their own ("we share your plan with the partner, but not your viewing
    history"): they repeat the previous clause's verb for other things, negated."""
    out = []
    for c0, c1 in fr.clauses:
        text = fr.norm[c0:c1]
        head = re.split(r"\b(?:unless|if|without|except|other than|where|when)\b", text, maxsplit=1)[0]
        if c0 > fr.main and _ELLIPTIC.match(text) and len(_words(head)) <= 12 and not _VERBISH.search(head):
            out.append((c0, c1))
    return out


_OPENING_WITHOUT = re.compile(
    r"\W*without (?:your |their |prior |explicit |the user'?s? )?(?:\w+ )?(?:consent|permission|agreement)(?=\s*,)"
)


def modality(fr: Frame, clause: tuple[int, int], t1: int, lex: Lexicon) -> tuple[str, tuple[int, int] | None]:
    """(definite|possible|conditional, the span of the condition within the sentence, or None)."""
    text = fr.norm[clause[0] : clause[1]]
    if fr.antecedent_conditional or (
        fr.antecedent_open and clause[0] == 0 and re.match(r"\W*(?:where|in cases where|to the extent)", fr.norm)
    ):
        return "conditional", (0, fr.main)
    gate = _OPENING_WITHOUT.match(fr.norm)
    if gate and clause[0] <= gate.end() + 2:  # "Without your consent, no advertising cookies are placed"
        return "conditional", (0, gate.end())
    cond = lex.conditional.search(text)
    if cond:
        return "conditional", (clause[0] + cond.start(), clause[1])
    window = fr.norm[clause[0] : min(clause[1], t1 + 25)]
    window = lex.not_possible.sub(lambda m: " " * len(m.group(0)), window)
    return ("possible" if lex.possible.search(window) else "definite"), None
