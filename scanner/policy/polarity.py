"""Polarity and modality of a claim trigger within its clause: whether a negation scopes over it (word distance
and clause breaks, "neither ... nor" subjects, determiners over lists of nouns, the nominal trigger's own
negated verb, "without" and consent gates, bounds that are not denials), the verbless "..., but not X"
clauses that deny by ellipsis, and whether the practice is definite, possible or conditional. The cues come
from rules/claims/cues.toml; the clause structure they read (scanner/policy/clauses.py) is passed in.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from scanner.policy.inversion import FRONTED
from scanner.policy.lexicon import Lexicon
from scanner.policy.predicate import denied_by_predicate

if TYPE_CHECKING:
    from scanner.policy.clauses import Frame

_WORD = re.compile(r"[\w'/-]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


# (", and are ..." coordinates a predicate of its own: "never sold, leased or traded, and are destroyed within 24 hours")
_BREAK = re.compile(
    r"\b(?:how|what|which|who|whom|whose|whether|that|because|since|when|where|while|although|unless|if|so that|and we|but"
    r"|before|after)\b|,\s+and\s+(?:are|is|was|were|will be|have been|has been)\b"
)
_LISTED = re.compile(r"^[^.;]{0,80}?,?\s(?:such as|including|e\.g\.|for example|namely)\s[^.;]*$")
# a negation followed by its own verb and then a finite auxiliary belongs to a closed relative clause
_CLOSED = re.compile(r"\b[a-z]\w+\s+(?:is|are|was|were)\s+$")


# the negated verb followed at once by a new subject: "if they do not respond we delete their details" (no comma closes
# the antecedent; one word only, so "we do not sell information we collect" keeps its denial)
_NEW_SUBJECT = re.compile(
    r"^\s*(?!(?:do|does|did|will|would|can|could|may|might|shall|should|must|have|has|had|is|are|was|were)\b)[a-z][\w'-]*\s+(?:we|they)\s+$"
)


def _quoted(prefix: str, start: int, between: str) -> bool:
    """A negation inside a quotation that closes before the trigger: the address is flagged "do not knock" and stays."""
    return prefix.count('"', 0, start) % 2 == 1 and '"' in between


_PLACE_TRIGGER = re.compile(r"\s*(?:in|into|onto)\s+(?:our |the |any |its |their )?(?:[\w-]+ )?(?:logs?|log files?)\b")
# (refusing answers the same question: "no analytics cookies are set if you click 'Reject all'" gates them on consent)
_CONSENT_REQUIRED = re.compile(
    r"\s*(?:until|unless|once|after|before you|only (?:if|when|after)|if you (?:do not|don't|choose not|decide not)"
    r"|(?:if|when|where) you (?:decline|reject|refuse|(?:click|tap|press|select|choose)\w*\s+(?:on\s+)?[\"']?"
    r"(?:decline|reject|refuse|deny|(?:only |strictly )?(?:essential|necessary))))\b"
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
# "no analytics cookies are set if you click Essential only / if you decline": consent is asked (a consent affirmation;
# the cookies themselves are denied, conditionally, as the annotators read a refusal)
REFUSAL = re.compile(
    r"\b(?:if|when|once|where)\s+(?:you|users?|visitors?)\s+(?:\w+\s+)?(?:reject|decline|refuse|deny|withdraw|opt out"
    r"|(?:do not|don't|did not|didn't)\s+(?:accept|consent|agree|opt in|allow|give)"
    r"|(?:click|choose|select|pick|tap|press)\b[^.;]{0,30}?\b(?:reject|decline|refuse|deny|essential|necessary|required|only|none))"
)
# "can be switched off in Cookie Settings", "you may disable them": the user's option, not a denial
_OPTION_BEFORE = re.compile(r"\b(?:can|may|could|might|able to)\s+(?:be\s+|also\s+|easily\s+)*$")
_NOT_NOUN = r"(?!(?:and|or|is|are|was|were|will|shall|would|be|been|not|never|can|may|might|could|should|must)\b)"
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
_DET_IN_TRIGGER = re.compile(r"(?<=\s)(?:no|none|nothing)\b(?! (?:matter|longer|more|later)\b)")
_NOT_RETENTION_CUE = re.compile(r"(?:disabl|deactivat|switch|turn)")
_CONDITION_OPENS = re.compile(r"\b(?:if|unless|when|whenever|until|in case|once(?= (?:you|we|they|it|the|your|a|an)\b))\b")
# a relative clause inside the trigger: "we give the names of racers who have not opted out to partners"
_RELATIVE_OPENS = re.compile(r"\b(?:who|whom|whose)\b|(?<!\bso )\b(?:that|which)\s+(?:you|we|they|he|she|have|has|had|do|does|did)\b")
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

    while t1 < len(clause) and (clause[t1].isalnum() or clause[t1] == "_"):
        t1 += 1  # a trigger that ends inside a word ("partners receive n"): its word is the trigger's, not what follows
    aux = re.search(r"\s+(?:is|are|was|were|will|shall|would|be|been)\s*$", clause[t0:t1])
    if aux and aux.start() > 0:  # a trigger read as "amounts are": its verb, and a negation on it, follow
        t1 = t0 + aux.start()
    prefix, trigger = clause[:t0], clause[t0:t1]
    subject = re.match(r"\W*neither\b.*?\bnor\s+(?:the |our |your )?\S+", clause)
    if subject and t1 <= subject.end() + 1:
        # "Neither AdMob nor Firebase receives ...": the names are the subject, not what is denied; but with a
        # passive predicate the subject is what is denied ("neither analytics nor ad cookies are used")
        return _PASSIVE_AFTER.match(clause[subject.end() :]) is not None
    if denied_by_predicate(clause, t0):
        return True  # "Selling your data is not something we do" (scanner/policy/predicate.py)
    hits = 0
    window = lex.cues["negation"]["window"]
    for m in lex.neg_cue.finditer(prefix):
        between = prefix[m.end() :]
        if "," in between and _ELLIPTIC_OPEN.search(prefix, 0, m.start()) and _ELLIPTIC_PP.match(between):
            continue  # "aimed at educators and not at students, uses Google Analytics": the aside ends at its comma
        if rule_type == "retention" and _NOT_RETENTION_CUE.match(prefix, m.start()):
            continue  # "accounts are deactivated and deleted": switching off is no denial of keeping or deleting
        if _NOT_RETENTION_CUE.match(prefix, m.start()) and _OPTION_BEFORE.search(prefix, 0, m.start()):
            continue  # "they load by default and can be switched off in Cookie Settings": an option
        # "we do not use tracking technologies, such as analytics tags, advertising pixels ...": a list of
        # examples stays in the scope of the negation that governs its head, however long it is
        near = len(_words(between)) <= window or (_LISTED.search(between) is not None and len(_words(between)) <= window + 30)
        # a trigger that is a place ("... in our application logs", "... into log files") has no verb of its own: the
        # clause's verb before it carries the negation, however many objects stand between ("we do not record
        # passwords, card numbers or Social Security numbers in our logs")
        near = near or _PLACE_TRIGGER.match(trigger) is not None
        # "(not including your name) about your visits": a negation inside a closed bracket stays there
        bracketed = between.count(")") > between.count("(")
        opening = re.match(r"(?:we|they)\s+", trigger)  # a pattern that starts at its subject
        new_subject = _NEW_SUBJECT.match(between + (opening.group(0) if opening else "")) is not None
        if new_subject or _quoted(prefix, m.start(), between):
            continue
        # (after a fronted negation the subject stands between it and the verb: "at no stage [are] emails sold")
        closed = _CLOSED.search(between) is not None and not FRONTED.match(m.group(0))
        # ("do not contain that pixel": a "that" right before the trigger is its determiner, not a clause)
        if near and not bracketed and not _BREAK.search(re.sub(r"\bthat\s*$", "", between)) and not closed and real(m):
            hits += 1
    initial = lex.neg_initial.match(clause)
    neither_subject = initial is not None and "neither" in initial.group(0) and not re.search(r"\bnor\s+\S+\s", prefix)
    initial_ok = initial is not None and real(initial, initial.end() - 1 - initial.start())  # "neither ... nor" may open a bound
    if initial and initial_ok and not neither_subject and not re.search(r"\b(?:but|and we|however)\b", prefix[initial.end() :]):
        hits += 1  # "None of the information that is collected ... is sold": relative clauses inside the subject do not end its scope
    # negations inside a trigger that reaches past its verb: cues, and a determiner on its object ("we collect no other
    # information about minors", "the affiliate receives no information")
    hits += sum(
        1 for m in itertools.chain(lex.neg_cue.finditer(trigger), _DET_IN_TRIGGER.finditer(trigger))
        # "we delete it if we do not receive consent": a negation inside the trigger's own condition is the condition's
        if real(m, t0) and not _open_bracket(trigger, m.start()) and not _CONDITION_OPENS.search(trigger, 0, m.start())
        and not _RELATIVE_OPENS.search(trigger, 0, m.start())
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
    lead = len(clause[t1:]) - len(clause[t1:].lstrip())
    # "call recordings are retained no longer than six months": a bound right after the trigger is no denial
    if after and re.match(r"\s*(?:no|none|nothing|neither)\b", clause[t1:]) and not any(s <= t1 + lead < e for s, e in bounds):
        hits += 1
    if rule_type == "consent_for_tracking" and (
        _CONSENT_REQUIRED.match(trigger) or CONSENT_GATE.search(clause) or REFUSAL.search(clause) or "until" in clause
    ):
        return False  # "nothing is loaded until you have clicked Accept": consent is required, an affirmation
    if rule_type == "consent_for_tracking" and trigger.lstrip().startswith("without"):
        # "we will not set cookies without your consent": consent is required, an affirmation
        return hits == 0
    return hits > 0


# "..., but not your viewing history", "..., but no account numbers or names" (a determiner denies by ellipsis too)
_ELLIPTIC = re.compile(
    r"\W*(?:but|and|or)?\s*(?:(?:not|never)\s+(?!only\b|limited\b|all\b|always\b|necessarily\b|just\b|even\b|because\b)"
    r"|but\s+no\s+(?!longer\b|later\b|more\b|less\b|sooner\b|matter\b|one\b|other than\b))"
)
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
