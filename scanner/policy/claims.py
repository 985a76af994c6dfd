"""Claims from sentences: every [[claim]] rule of rules/claims/claims.toml is searched in every sentence,
and a trigger that survives the context checks (antecedents, relative clauses, user obligations, third
parties acting, the rule's own `unless`) becomes a Claim with polarity, modality, condition, data types,
recipients, purposes, a retention bound and its citation (section, sentence text, exact offsets). One claim
per sentence, type and polarity; its id hashes the type, polarity and sentence text, so a waiver that names
it survives re-runs and edits elsewhere in the policy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from scanner.model import Claim
from scanner.policy import clauses as cl
from scanner.policy.citing import _UNTIL, MIXED, OWN_POLARITY, clause_cited, elliptic, with_antecedent
from scanner.policy.claimbase import make_claim
from scanner.policy.context import section_claims
from scanner.policy.durations import bound_of
from scanner.policy.framepass import frame_pass
from scanner.policy.lexicon import ClaimRule, Lexicon
from scanner.policy.lines import run_in_heading, title_line
from scanner.policy.lists import attach_lists
from scanner.policy.owner import company_names, waived
from scanner.policy.samesentence import CARD_TYPES, complete
from scanner.policy.segment import Sentence

_UNTIL_FIRST = re.compile(r"\W*until\b(?! (?:then|now|further notice)\b)")
# "Without your consent, no advertising cookies are placed": tracking gated on consent by an opening "without"
_WITHOUT_CONSENT_FIRST = re.compile(
    r"\W*without (?:your |the user'?s? |their |prior |explicit )?(?:\w+ )?(?:consent|permission|agreement|opt-in)\b"
)
# a clause after a colon or semicolon that says what alone is done ("...: our logs contain order numbers only") spells a denial out
_HOW_TO = re.compile(r"\b(?:how|when|whether|where) (?:best |exactly )?to\s+$")
_RESTATES = re.compile(r"\s*[:;][^.;]*\b(?:only|solely|exclusively|nothing but|nothing other than)\b")
_BUT = re.compile(r"\W*but\b")
_AND = re.compile(r"\W*and\b")
_NEG = re.compile(r"\b(?:not|never|no|nor|neither|none)\b|n't\b")
_ANAPHOR = re.compile(r"\W*(?:they|these|it|this|those|such)\b")
_NO_SUBJECT = re.compile(r"\W*(?:is|are|was|were|will be|has been|have been|may be|can be)\b")
_PRONOUN = re.compile(
    r"\b(?:it|them)\b|\b(?:this|these|those)(?=\s*(?:[.,;]|$|(?:on|along|to|with|for)\b))"
    # "photos may show your home; they are shared only with the manager": a passive whose subject is a pronoun
    r"|^\W*(?:and |but |so )?they (?=(?:are|were|will be|may be|can be|might be|would be|have been|get)\b)"
)


def _requirements_met(rule: ClaimRule, norm: str, lex: Lexicon) -> bool:
    """`requires` is checked on the trigger's clause (plus the list it introduces), `needs` on the sentence."""
    for need in rule.requires:
        if need == "data":
            if not lex.any_data.search(norm):
                return False
        elif need in lex.data_types:
            if not lex.data_types[need].search(norm):
                return False
        elif need in lex.recipients and not lex.recipients[need].search(norm):
            return False
    return True


def _vetoes(pattern: re.Pattern[str], clause: str, owners: frozenset[str]) -> bool:
    """An `unless` context matches the clause; one that captures a `subject` is waived when the subject is the
    company by its own name ("StubYard does not receive ...", scanner/policy/owner.py)."""
    m = pattern.search(clause)
    return m is not None and not ("subject" in pattern.groupindex and waived(m.group("subject"), owners))


def _trigger_ok(
    rule: ClaimRule, fr: cl.Frame, t0: int, t1: int, lex: Lexicon, own: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The clause of an accepted trigger, or None when the context says it is not a claim."""
    if fr.skipped(t0) and not rule.anywhere:
        return None
    c0, c1 = fr.clause_of(t0)
    clause, trigger = fr.norm[c0:c1], fr.norm[t0:t1]
    prefix, suffix = fr.norm[c0:t0], fr.norm[t1:c1]
    if any(_vetoes(p, clause, own) for p in rule.unless) or any(p.search(trigger) for p in rule.unless_in_trigger):
        return None
    if cl.obliged(clause, lex) and not (rule.options and not lex.user_control.search(clause)):
        return None
    if rule.type == "shares_personal_data" and not rule.deny and _internal(clause, own, lex):
        return None  # shared with the user, the company's staff or its own records: no third party
    if _HOW_TO.search(prefix):
        return None  # "no common standard on how to respond to it", "instructions on how to delete cookies": no practice
    if rule.type not in OWN_POLARITY and lex.opt_out.search(prefix):
        return None  # "a request to opt out of the sale of personal information": the user's choice
    if fr.antecedent_open and c0 == 0:  # the antecedent's own "where"/"when" is not a relativiser
        prefix = re.sub(r"^\W*(?:where|in cases where|when|whenever|to the extent(?: that)?)\s+", "", prefix)
    subject = re.match(r"(?:we|you|they)\s+", trigger)
    if subject:  # a pattern that starts at its subject: "the code you enter" is still a relative clause
        prefix, trigger = prefix + subject.group(0), trigger[subject.end() :]
    if rule.relative and cl.in_relative(prefix, trigger, lex):
        return None
    if rule.first_party and cl.third_party_actor(prefix, suffix, lex) and not _named_self(prefix, own):
        return None  # (a company defined as 'the "Carrier"' is not one of the carriers that act for it)
    return c0, c1


def _internal(clause: str, own: frozenset[str], lex: Lexicon) -> bool:
    """Whether a sharing clause names only recipients that are no third party (cues.toml [sharing]), or hands the data
    to the company itself ("the child's name is provided to Skyfurrow by the parent": a collection)."""
    if lex.internal_recipient.search(clause):
        return True
    to = re.search(r"\b(?:provided|given|supplied|submitted|sent|passed) to (us|[\w-]+(?: [\w-]+)?) by\b", clause)
    return to is not None and (to.group(1) == "us" or _named_self(to.group(1), own))


def _named_self(prefix: str, own: frozenset[str]) -> bool:
    return any(re.search(rf"\b{re.escape(name)}\b", prefix) for name in own)


def _matches(pattern: re.Pattern[str], norm: str, retries: int = 40) -> Iterable[re.Match[str]]:
    """Matches of a trigger pattern, overlapping ones too: when "save your card, we retain ... digits" is
    rejected (its start lies in the antecedent), the later "retain ... digits" must still be tried. The next
    search starts one word after the previous match's start; `retries` bounds the cost on huge sentences."""
    pos = 0
    for _ in range(retries):
        m = pattern.search(norm, pos)
        if m is None:
            return
        yield m
        nxt = norm.find(" ", m.start() + 1)
        if nxt < 0:
            return
        pos = max(nxt, m.start() + 1)


# the only type read in a statement of legal bases ("consent, for analytics cookies")
BASIS_TYPES = frozenset({"consent_for_tracking"})
# what a sentence saying that a law "may consider" a practice a sale is not read for (cues.toml `deemed_sale`)
DEEMED_TECH = frozenset({"uses_cookies", "uses_web_beacons"})
# a table row ("| Identifiers | name, IP address | Advertising partners |") names categories, recipients and bases
# side by side: what the cells are read for is what is collected and, in a legal-basis table, consent to tracking
ROW_TYPES = frozenset({"collects", "consent_for_tracking"})


def _past_clause(norm: str, fr: cl.Frame, span: tuple[int, int]) -> bool:
    """Whether what a trigger reaches past the end of its clause belongs to the next clause: always after "but";
    after "and" when only the next clause is negated ("we keep only this, and the complete number of the card is
    not received"), while "we do not store card numbers, and the code is never retained" denies both alike."""
    if _BUT.match(norm, span[1]):
        return True
    if not _AND.match(norm, span[1]):
        return False
    nxt = fr.clause_of(span[1])
    return _NEG.search(norm, nxt[0], nxt[1]) is not None and _NEG.search(norm, span[0], span[1]) is None


def sentence_claims(
    text: str,
    sent: Sentence,
    lex: Lexicon,
    extra: str = "",
    source: str | None = None,
    before: str = "",
    owners: frozenset[str] = frozenset(),
) -> list[Claim]:
    """Claims of one sentence; `extra` is text that belongs with it (the items of a list it introduces),
    `before` the normalised previous sentence of the same section (what "it" or "those signals" refer to), `owners`
    the company's own names (scanner/policy/owner.py).
    One claim per type, citing the sentence; when one clause affirms a type and another denies it, two
    claims, each citing its own clause."""
    raw = text[sent.start : sent.end]
    norm = cl.normalise(raw, lex)
    if sent.heading or cl.skipped(norm, lex):
        return []
    row = raw.lstrip().startswith("|") and raw.count("|") >= 3  # a table row (Markdown, or an HTML table as text.py renders it)
    fr = cl.frame(norm, lex)
    # per type: (deny, modality, condition, clause span, bound) of the first trigger, and of a later one of the other polarity
    first: dict[str, tuple[bool, str, tuple[int, int] | None, tuple[int, int], str | None]] = {}
    other: dict[str, tuple[bool, str, tuple[int, int] | None, tuple[int, int], str | None]] = {}
    mixed = len(fr.clauses) > 1 and MIXED.search(norm) is not None
    extra_norm = cl.normalise(extra, lex)
    # the same text as the frames' and the fallback's claims (and its class features) name: one lexicon search each
    main_text = norm[fr.main :] + " " + extra_norm if extra_norm else norm[fr.main :]

    def done(kind: str) -> bool:
        return kind in other or (kind in first and not mixed)

    basis = lex.legal_basis.search(norm) is not None
    deemed: frozenset[str] = frozenset()  # types not read where a law "may consider" a practice a sale
    if lex.deemed_sale.search(norm):
        deemed = frozenset(r.type for r in lex.rules if r.type != "sells_personal_data") if lex.deemed_use.search(norm) else DEEMED_TECH
    elif lex.deemed_tech.search(norm):
        deemed = DEEMED_TECH
    possible = lex.may_match(norm)  # per rule, the patterns that may match: the others' required words are absent
    for k, rule in enumerate(lex.rules):
        if k not in possible:
            continue
        if rule.type in deemed or (basis and rule.type not in BASIS_TYPES) or done(rule.type) or (row and rule.type not in ROW_TYPES):
            continue
        patterns = [rule.patterns[j] for j in possible[k]]
        if rule.needs and not any(p.search(norm + " " + extra_norm) for p in rule.needs):
            continue
        if rule.context and not any(p.search(before) for p in rule.context):
            continue
        for pattern in patterns:
            for m in _matches(pattern, norm):
                if "subject" in pattern.groupindex and waived(m.group("subject") or "", owners):
                    continue  # a trigger that names someone else as its subject: "Plotwise receives ..." is not ours
                span = _trigger_ok(rule, fr, m.start(), m.end(), lex, owners)
                if span is None or (rule.type in CARD_TYPES and m.end() > span[1] and _past_clause(norm, fr, span)):
                    # "we keep the last four digits, but card numbers and security codes are held only by the processor":
                    # what a card trigger reaches past a "but" (or a negated "and" clause) belongs to that clause
                    continue
                c0, c1 = span
                # "... and we do not pass it on": a pronoun takes its data from the sentence or the one before
                if (
                    rule.requires
                    and not _requirements_met(rule, norm[c0:c1] + " " + extra_norm, lex)
                    and not (_PRONOUN.search(norm[c0:c1]) and _requirements_met(rule, norm + " " + before, lex))
                    # "Information you submit - for example ... - is collected": the clause's subject is before it
                    and not (_NO_SUBJECT.match(norm[c0:c1]) and _requirements_met(rule, norm[:c1], lex))
                ):
                    continue
                deny = cl.negated(norm[c0:c1], m.start() - c0, m.end() - c0, rule.type, lex) != rule.deny
                if deny and not rule.deny and (
                    _UNTIL_FIRST.match(norm) or _UNTIL.search(norm, m.end(), c1)
                    or (rule.type in cl.TRACKING and cl.CONSENT_GATE.search(norm, m.end(), c1))
                    or (rule.type in cl.TRACKING and _WITHOUT_CONSENT_FIRST.match(norm))
                ):
                    # "no cookies are set until you consent", "we will not set advertising cookies unless you accept
                    # them": they are set once you do (affirmed, conditional)
                    deny = False
                if rule.type in first and (first[rule.type][0] == deny or first[rule.type][3] == span):
                    continue  # the first trigger speaks for its polarity and its clause
                mode, cond = cl.modality(fr, span, m.end(), lex)
                # the period may stand in the antecedent: "if you stay inactive for two years, your data is deleted"
                bound = (bound_of(norm[c0:c1]) or bound_of(norm[:c0])) if rule.type == "retention" else None
                (other if rule.type in first else first)[rule.type] = (deny, mode, cond, span, bound)
                if done(rule.type):
                    break
            if done(rule.type):
                break
    for kind, value in elliptic(fr, {k: (v[0], v[3]) for k, v in first.items() if k not in other}, lex).items():
        other[kind] = (*value, None)
    for kind in [k for k in other if first[k][0] != other[k][0]]:
        no, yes = (first[kind], other[kind]) if first[kind][0] else (other[kind], first[kind])
        if no[3][1] <= yes[3][0] and _RESTATES.match(norm, yes[3][0], yes[3][1]):
            # "we do not log personal data: our logs contain order numbers only" spells the denial out
            first[kind] = no
            del other[kind]
    out = []
    for kind, (deny, mode, cond, span, bound) in first.items():
        split = kind in other
        own = with_antecedent(fr, span if split else clause_cited(fr, span, deny, kind, lex))
        out.append(make_claim(kind, deny, mode, cond, raw, sent, lex, main_text, source, bound, own))
        if split:
            deny, mode, cond, span, bound = other[kind]
            out.append(make_claim(kind, deny, mode, cond, raw, sent, lex, main_text, source, bound, span))
    return out


def extract_claims(
    text: str, sentences: Iterable[Sentence], lex: Lexicon, source: str | None = None, frames_on: bool = True
) -> list[Claim]:
    """All claims of a policy text, in text order, with ids unique within the result; `frames_on` adds the
    dependency frames' second reading (scanner/policy/deps.py) to the patterns' first."""
    sents = list(sentences)
    items: dict[int, list[str]] = {}
    for s in sents:
        if s.lead is not None:
            items.setdefault(s.lead, []).append(text[s.start : s.end])
    per_sentence: list[list[Claim]] = []
    befores: list[str] = []
    owners = company_names(text)
    for i, sent in enumerate(sents):
        prev = sents[i - 1] if i and not sents[i - 1].heading and sents[i - 1].section == sent.section else None
        before = cl.normalise(text[prev.start : prev.end], lex) if prev else ""
        if _ANAPHOR.match(before) and i > 1 and befores[-1] and _ANAPHOR.match(cl.normalise(text[sent.start : sent.end], lex)):
            # "Our systems keep logs. They may include your IP address. They never include messages.": a chain of
            # pronouns refers back to what the sentence before the chain named
            before = befores[-1] + " " + before
        befores.append(before)
        per_sentence.append(sentence_claims(text, sent, lex, " ".join(items.get(i, [])), source, before, owners))
    if frames_on:
        frame_pass(text, sents, per_sentence, befores, lex, source)
    for found in per_sentence:
        complete(found)
    section_claims(text, sents, per_sentence, lex, source)
    attach_lists(text, sents, per_sentence, lex)
    for i, sent in enumerate(sents):
        if per_sentence[i] and (run_in_heading(text, sent) or title_line(text, sent)):
            per_sentence[i] = []
    claims: list[Claim] = []
    seen: dict[str, int] = {}
    for found in per_sentence:
        for claim in found:
            n = seen.get(claim.id, 0) + 1
            seen[claim.id] = n
            if n > 1:  # the same sentence repeated later in the policy: keep ids unique and stable
                claim = Claim(**{**claim.__dict__, "id": f"{claim.id}-{n}"})
            claims.append(claim)
    return claims
