"""The reader's second reading: dependency frames (rules/claims/frames.toml) for wording the patterns of
claims.toml do not know. Only sentences that name data, contain a frame verb and got no claim of that frame's
type from the patterns are parsed (scanner/policy/depparse.py: spaCy's small English pipeline, tagger +
parser), so the parse costs little; there a verb becomes a claim when the parse makes its subject the company
(or the user telling us, or a log), its object a kind of data and, for verbs such as "send", its recipient
someone else. Negation is scoped by the parse ("we do not sell or swap your details" denies both verbs; "we
use no advertising cookies" denies through the object's determiner), so it does not depend on word distance.
"""

from __future__ import annotations

import re
from typing import Any

from scanner.policy import clauses as cl
from scanner.policy.depparse import (
    CLAUSAL,
    COMPLEMENT_HEADS,
    DEVICE,
    FIRST,
    LOG,
    MODEL,
    NOT_DATA,
    OTHERS,
    OWN,
    PRONOUN_OBJECTS,
    RECIPIENTS,
    RECORD,
    SKIP_DEPS,
    TAKE_IN,
    USER,
    WH,
    WITH_VERBS,
    Frame,
    chain,
    frames,
    kids,
    lemma,
    negated,
    nlp,
    parse,
    subject,
)
from scanner.policy.lexicon import Lexicon
from scanner.policy.orgname import Names

NO_NAMES = Names(frozenset(), frozenset())
USER_RECORDS = frozenset({"log", "track", "record", "capture"})

__all__ = ["MODEL", "frame_claims", "frames", "nlp", "others_collect", "parse"]


def _named(tok: Any, names: Names) -> bool:
    """The token names the company itself: "Acme", "Acme Labs, LLC" (its compound and flat name parts)."""
    words = " ".join(t.lower_ for t in tok.subtree if t.dep_ in ("compound", "flat") or t == tok).strip(" .,")
    return tok.lower_ in names.own or words in names.own


def _third(tok: Any, names: Names) -> bool:
    """A third party as a subject: a recipient noun ("the restaurant"), or a proper name that is none of ours (a word
    the policy only writes capitalised, when it names itself elsewhere: otherwise the name may be its own)."""
    if tok.lower_ in FIRST or tok.lower_ == "you" or lemma(tok) in USER | OWN or _named(tok, names):
        return False
    if any(c.lower_ in ("our", "my", "your") for c in kids(tok, "poss")) and lemma(tok) not in RECIPIENTS:
        return False  # "our team", "your employer" (a recipient noun owned by us stays one: "our laboratory")
    return lemma(tok) in RECIPIENTS or (bool(names.own) and tok.lower_ in names.proper)


def _to_us(verb: Any, names: Names) -> bool:
    """A to-phrase that is us, the company by name or our own systems ("is not uploaded to Acme", "sent to our servers")."""
    for p in kids(verb, "prep"):
        for o in kids(p, "pobj") if p.lower_ == "to" else []:
            if o.lower_ in FIRST or _named(o, names) or (lemma(o) in OWN | {"server"} and any(c.lower_ == "our" for c in kids(o, "poss"))):
                return True
    return False


def _actor_ok(frame: Frame, verb: Any, names: Names = NO_NAMES) -> bool:
    subj, passive = subject(verb)
    if subj is None:
        return False
    head, owner = lemma(subj), {c.lower_ for c in kids(subj, "poss", "det")}
    if frame.actor == "data":  # "your card number goes to Worldpay"
        return True
    if frame.actor == "others":  # "the restaurant may also receive your email address", "Plotwise receives your IP address"
        if passive or subj.lower_ in FIRST or subj.lower_ == "you" or lemma(subj) in USER | OWN | DEVICE | LOG:
            return False
        # any other noun with an article that receives *your* data: "the florist may also receive your phone number"
        yours = any(c.lower_ == "your" for o in kids(verb, "dobj") for c in kids(o, "poss"))
        some = bool({c.lower_ for c in kids(subj, "det")} & {"the", "a", "an", "each", "every", "any", "this", "that"})
        return _third(subj, names) or (yours and some and subj.tag_ in ("NN", "NNS") and not _named(subj, names))
    if frame.actor == "to_us":  # "the domains you visit are never sent to Acme"
        return (passive or (verb.tag_ == "VBN" and bool(kids(verb, "auxpass")))) and _to_us(verb, names)
    if frame.actor == "logs":  # active voice only: "logs are kept for 30 days" says nothing of their content
        return not passive and (head in LOG or subj.lower_ in LOG)
    if frame.actor == "user":
        to_us = any(c.lower_ == "us" for c in kids(verb, "dative", "dobj")) or any(
            p.lower_ in ("to", "with") and any(o.lower_ == "us" for o in kids(p, "pobj")) for p in kids(verb, "prep")
        )
        return to_us and (subj.lower_ == "you" or head in USER)
    if passive or (verb.tag_ == "VBN" and kids(verb, "auxpass")):
        group = [chain(verb), *chain(verb).conjuncts]
        agent = [o for v in group for a in kids(v, "agent") for o in kids(a, "pobj")]
        return not agent or agent[0].lower_ in FIRST
    return subj.lower_ in FIRST or _named(subj, names) or (head in OWN and bool(owner & {"our", "the", "this", "such"}))


def _objects(frame: Frame, verb: Any) -> list[Any]:
    prep = frame.verbs.get(lemma(verb))
    if frame.actor in ("data", "to_us"):
        return kids(verb, "nsubj", "nsubjpass")
    objs = kids(verb, "dobj", "nsubjpass", "dative", "attr")
    for p in kids(verb, "prep", "prt"):
        if prep is None or p.lower_ == prep:
            objs += kids(p, "pobj")
    if prep == "of":  # "keep a record of", "make a copy of"
        return [o for d in objs if lemma(d) in RECORD for p in kids(d, "prep") if p.lower_ == "of" for o in kids(p, "pobj")]
    if not objs and verb.dep_ == "conj":  # "we collect and store your data": the object hangs on one verb
        objs = kids(verb.head, "dobj", "nsubjpass")
    if not objs:
        for c in kids(verb, "conj"):
            objs = kids(c, "dobj")
            if objs:
                break
    return objs


def _someone_else(tok: Any) -> bool:
    if tok.lower_ in ("us", "you", "me", "yourself", "ourselves") or lemma(tok) in DEVICE:
        return False
    if tok.lower_ in CONTACT_POINTS and any(c.lower_ == "your" for c in kids(tok, "poss")):
        return False  # "we send a one-time code to your mobile number": the user's own address, not a recipient
    return not (any(c.lower_ == "our" for c in kids(tok, "poss")) and lemma(tok) in OWN | {"database", "record", "file"})


# where a message reaches the user ("to your email address", "by SMS to your number")
CONTACT_POINTS = frozenset({"number", "address", "email", "e-mail", "inbox", "mailbox", "phone", "mobile", "handset"})


def _recipient(verb: Any) -> bool:
    """A dative, a particle ("pass on"), or a to-phrase that is not us or you ("with" only for share/swap)."""
    if any(_someone_else(c) for c in kids(verb, "dative")) or kids(verb, "prt"):
        return True
    preps = ("to", "with") if lemma(verb) in WITH_VERBS else ("to",)
    return any(p.lower_ in preps and any(_someone_else(o) for o in kids(p, "pobj")) for p in kids(verb, "prep"))


def _phrase(tok: Any, norm: str) -> str:
    """The object's noun phrase without its clauses: "permission to publish that information" is not data."""
    if lemma(tok) in NOT_DATA:
        return ""
    words = []
    for t in tok.subtree:
        a = t
        while a != tok and a.dep_ not in CLAUSAL:
            a = a.head
        if a == tok:
            words.append(norm[t.idx : t.idx + len(t)])
    return " ".join(words)


def _position_ok(verb: Any) -> bool:
    root = verb
    while root.dep_ in ("conj", "xcomp") and root.head != root:
        root = root.head
    # a wh- word before any verb of the coordination: "how we collect and use ..." is a topic, not a claim
    if root.dep_ in SKIP_DEPS or any(c.tag_ in WH and c.i < v.i for v in [root, *root.conjuncts] for c in v.children):
        return False
    head = root.head
    if root.dep_ == "ccomp" and (lemma(head) in COMPLEMENT_HEADS or any(s.lower_ == "you" for s in kids(head, "nsubj"))):
        return False
    return not (verb.dep_ == "pcomp" and verb.head.lower_ != "without")


def frame_claims(
    raw: str, norm: str, lex: Lexicon, have: set[str], before: str, doc: Any = None, names: Names = NO_NAMES
) -> list[tuple[str, bool, int, int]]:
    """(type, deny, start, end of the verb) of every frame the parse finds in one sentence, one per type."""
    fs, _ = frames()
    doc = doc if doc is not None else nlp()(raw.translate(cl.FOLD_CASED))
    found: dict[str, tuple[str, bool, int, int]] = {}
    for verb in doc:
        if not verb.tag_.startswith(("VB", "MD")) and verb.dep_ != "ROOT":
            continue
        verb_lemma = lemma(verb)
        for frame in fs:
            if frame.type in have or frame.type in found or verb_lemma not in frame.verbs or not _position_ok(verb):
                continue
            if frame.needs is not None and not frame.needs.search(norm):
                continue
            if verb_lemma in frame.recipient and not _recipient(verb):
                continue
            if not _actor_ok(frame, verb, names):
                continue
            objs = _objects(frame, verb)
            texts = [_phrase(o, norm) for o in objs]
            if frame.actor == "logs":
                texts = [t for t in texts if not re.fullmatch(r"(?:\w+ )?logs?", t.strip())]
            if frame.object == ("any",):
                ok = bool(objs)
            elif frame.object == ("data",):
                ok = any(lex.any_data.search(t) for t in texts) or (
                    any(o.lower_ in PRONOUN_OBJECTS for o in objs) and bool(lex.any_data.search(norm + " " + before))
                )
            else:
                ok = any(lex.data_types[n].search(t) for n in frame.object if n in lex.data_types for t in texts)
            if ok:
                found[frame.type] = (frame.type, negated(verb), verb.idx, verb.idx + len(verb))
    return list(found.values())


def others_collect(doc: Any, names: Names = NO_NAMES) -> bool:
    """True when every verb of taking data in ("collect", "receive", "obtain" ...) in the sentence has a subject
    that is not the company: "letting ad networks collect your advertising id", "so that it does not receive
    your email address", "you have the right to obtain a copy" - a pattern's "collect" there is no claim of ours."""
    verbs = [t for t in doc if lemma(t) in TAKE_IN and t.tag_.startswith("VB")]
    if not verbs:
        return False
    for verb in verbs:
        subj, passive = subject(verb)
        if subj is None or passive:
            return False
        ours = any(c.lower_ in ("our", "this") for c in kids(subj, "poss", "det"))
        if (subj.lower_ == "you" or lemma(subj) in USER) and lemma(verb) in USER_RECORDS:
            return False  # "you can log meals manually", "users track their steps": the user hands data over
        if ours or (subj.lower_ not in OTHERS and lemma(subj) not in OTHERS and not _third(subj, names)):
            return False  # a name may be the company's own: only pronouns, third-party nouns and names not ours veto
    return True
