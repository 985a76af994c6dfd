"""Declarations of Go structs, TypeScript classes/interfaces/object types and Java/Kotlin classes, read for the
class summaries of scanner/code/classes.py: what a value of each type prints or serialises when logged or written
whole. Each reader hands every type it understands to `add(name, kinds, held types, many, field names)`; the kinds
of data a field holds come from its name through the shared vocabulary (a bare `number` or `verification_value` in a
class named for a payment card is the card's; `pan` beside `tilt` and `zoom` is a camera's angle). Parsing is by
regular expression: a declaration it cannot read is simply not listed. Python, Ruby and PHP classes are read by
scanner/code/strforms.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from scanner.code.strforms import brace_block
from scanner.code.vocabulary import classify, vocabulary, words

NUMBER, CODE = "card_number", "security_code"
# Personal data a class's string form can print (pii_logging's class-gated rules: mode "logging_pii").
PERSONAL = frozenset({"email", "phone", "person_name", "postal_address", "national_id", "date_of_birth", "secret"})


class Add(Protocol):
    def __call__(self, name: str, kinds: set[str], types: set[str], many: set[str] | None = None,
                 fields: tuple[str, ...] = ()) -> None: ...


_GO_STRUCT = re.compile(r"\btype\s+(\w+)\s+struct\s*\{(.*?)\n\}", re.S)
# [ \t]* before the tag: a bare \s* would run into the next line and hide every second untagged field.
_GO_FIELD = re.compile(r"^\s*(\w+)\s+([\w.*\[\]]+)[ \t]*(`[^`]*`)?", re.M)
_GO_TAG = re.compile(r'json:"([^",]*)')
# A type with one of these methods chooses its own string / JSON / log form.
_GO_REDACT = re.compile(r"\bfunc\s*\(\s*\w*\s*\*?(\w+)\s*\)\s*"
                        r"(String|GoString|Format|LogValue|MarshalJSON|MarshalText|MarshalLogObject)\s*\(")

# a value passed through a masking or hashing helper (`maskEmail(a.Email)`, `last4(c.Number)`) is not printed whole
_MASKED_CALL = re.compile(r"(?i)\b[\w.]*(?:mask|redact|hash|sha\d*|md5|last4|lastfour|truncat|obfuscat)\w*\s*\([^()]*\)"
                          r"|\b(?:len|cap)\([^()]*\)")
_SLICE = re.compile(r"[\w.]+\[[^\[\]\n]*:[^\[\]\n]*\]")

_J_RECORD = re.compile(r"\brecord\s+(\w+)\s*(?:<[^>]*>)?\s*\(([^)]*(?:\([^)]*\)[^)]*)*)\)\s*(?:implements[^{]*)?\{")
_J_CLASS = re.compile(r"\b(?:class|interface|enum)\s+(\w+)")
_J_FIELD = re.compile(r"^\s*(?:@[\w.]+(?:\([^)]*\))?\s+)*(?:(?:private|protected|public|final|static|transient)\s+)*"
                      r"([\w.<>\[\], ?]+?)\s+(\w+)\s*(?:=[^;]*)?;", re.M)
_J_LOMBOK = re.compile(r"@(?:lombok\.)?(?:Data|ToString|Value)\b")
_J_TOSTRING_OPTIONS = re.compile(r"@(?:lombok\.)?ToString\s*\(([^)]*)\)")
_J_TOSTRING = re.compile(r"\bString\s+toString\s*\(\s*\)\s*\{")
_J_THROWABLE = re.compile(r"\s*(?:<[^{]*>)?\s*extends\s+[\w.]*(?:Exception|Error|Throwable)\b")
_J_SUPER = re.compile(r"\bsuper\s*\(([^;]*?)\)\s*;")
_K_DATA = re.compile(r"\bdata\s+class\s+(\w+)\s*(?:<[^>]*>)?\s*\(([^)]*(?:\([^)]*\)[^)]*)*)\)")
# TypeScript classes, interfaces and object types (a DTO, an entity) and their typed properties.
_TS_TYPE = re.compile(r"\b(?:class|interface)\s+(\w+)[^{;]*\{|\btype\s+(\w+)\s*=\s*\{")
_TS_FIELD = re.compile(r"^[ \t]*(?:@[\w.]+\([^\n]*\)\s*)*(?:(?:public|private|protected|readonly|declare)\s+)*"
                       r"(\w+)[?!]?\s*:\s*([A-Za-z_]\w*)(?:<[^>\n]*>)?(?:\[\])?\s*(?:[;,=|)]|$)", re.M)
# zod schemas, the usual TypeScript request DTO: const CardIn = z.object({ number: z.string(), ... }); a property
# holding another schema (card: CardIn) is typed with it.
_ZOD = re.compile(r"\b(?:const|let|var)\s+(\w+)\s*=\s*z\.(?:strictObject|object)\(\s*\{")
_ZOD_FIELD = re.compile(r"^[ \t]*(\w+)\s*:\s*(?:z\.|([A-Z]\w*)\b)", re.M)
_TS_OWN = re.compile(r"^[ \t]*(?:public\s+)?(?:toJSON|toString)\s*\(", re.M)
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')  # a label in a toString() ("number=") is no field
_IDENT = re.compile(r"[A-Za-z_]\w*")


# A field named only "number" is the card number in a type named for a card or holding a security code.
BARE_NUMBER = frozenset({"number", "num", "no", "nbr"})


def _kinds(name: str) -> set[str]:
    return classify(name) & {NUMBER, CODE, *PERSONAL}


def kinds_in(owner: str, name: str) -> set[str]:
    """A field's kinds; in a class named for a payment card (CardRequest, PaymentCard) its bare `number` and
    `verification_value` are the card's, as a column beside a card table's name is (records.py)."""
    kinds = _kinds(name)
    if not kinds and "card" in words(owner) and not other_card(owner):
        kinds = _kinds(f"card_{name}") & {NUMBER, CODE}
    return kinds


# A cardholder's name and an expiry: what a payment card record has beside its number, and a gift, key or club
# card's record has not.
_HOLDER = frozenset({"cardholder", "card_holder", "holder_name", "name_on_card", "cardholder_name", "card_holder_name"})
_EXPIRY = re.compile(r"^(?:card_)?(?:exp|expiry|expiration|expires?)(?:_(?:date|month|year|mm|yy|yyyy|mmyy))?$")


def payment_fields(names: Iterable[str]) -> bool:
    """Whether identifiers name both a cardholder and an expiry (cardholder + exp_month, holderName + expiry)."""
    normal = {"_".join(words(n)) for n in names}
    return bool(normal & _HOLDER) and any(_EXPIRY.match(n) for n in normal)


def other_card(name: str, fields: Iterable[str] = ()) -> bool:
    """KeyCard, GiftCardBalance: a class about another kind of card holds no payment card data, unless its
    fields name a cardholder and an expiry (a ClubCard record of the card a membership is billed from)."""
    ws, other = words(name), vocabulary().not_payment
    return any(ws[i] == "card" and ws[i - 1] in other for i in range(1, len(ws))) and not payment_fields(fields)


def _camera(fields: set[str]) -> bool:
    # pan beside tilt and zoom is a camera's angle, not a primary account number.
    return bool({"tilt", "zoom"} & {f.lower() for f in fields})


def _go_prints(text: str, m: re.Match[str]) -> bool:
    """Whether a Go type's own String()/LogValue()/... method writes a personal field of its receiver unmasked."""
    brace = text.find("{", m.end())
    receiver = re.match(r"func\s*\(\s*(\w+)", m.group(0))
    if brace < 0 or receiver is None:
        return False
    # (a field cut to a part, `c.Number[len(c.Number)-4:]`, or measured, `len(c.Number)`, is not printed whole)
    body = _SLICE.sub(" ", _MASKED_CALL.sub(" ", brace_block(text, brace + 1)))
    return any(kinds_in(m.group(1), f) for f in re.findall(rf"\b{re.escape(receiver.group(1))}\.(\w+)\b(?!\s*\()", body))


def go(text: str, add: Add, redacted: set[str], project: str) -> None:
    """Go structs: every field a struct holds is printed (and serialised) unless the type redacts itself with its
    own String()/LogValue()/MarshalJSON() that prints none of its personal fields unmasked, recorded in `redacted`;
    `json:"-"` fields are left out."""
    # a String()/LogValue() that prints personal fields of its receiver (`fmt.Sprintf("Angler(%s)", a.Email)`) shows
    # them: only one that prints none of them (or only masked) redacts its type
    redacted.update(f"{project}\0{m.group(1)}" for m in _GO_REDACT.finditer(text) if not _go_prints(text, m))
    for m in _GO_STRUCT.finditer(text):
        kinds: set[str] = set()
        types: set[str] = set()
        many: set[str] = set()
        fields = list(_GO_FIELD.finditer(m.group(2)))
        camera = _camera({f.group(1) for f in fields})
        for f in fields:
            tag = _GO_TAG.search(f.group(3) or "")
            if (tag and tag.group(1) == "-") or (camera and f.group(1).lower() == "pan"):
                continue
            kinds |= kinds_in(m.group(1), f.group(1)) | (_kinds(tag.group(1)) if tag and tag.group(1) else set())
            held = f.group(2).lstrip("*[]").rsplit(".", 1)[-1]
            types.add(held)
            if f.group(2).lstrip("*").startswith("[]"):
                many.add(held)
        add(m.group(1), kinds, types, many, tuple(f.group(1) for f in fields))

def ts(text: str, add: Add) -> None:
    """A TypeScript type (ts:<Name>) serialises every property (JSON.stringify). A property typed with a class
    is also listed as `prop:<name>`, so `dto.card` written whole resolves through the type of any `card`
    property the tree declares (TypeScript's declared types of nested properties are not visible to a rule)."""
    for m in _TS_TYPE.finditer(text):
        # a type name, not an expression (an object literal's `email: dto.email`, `total: sum(x)`)
        body = brace_block(text, m.end())
        fields = [(f.group(1), f.group(2)) for f in _TS_FIELD.finditer(body)]
        camera = _camera({n for n, _ in fields})
        own = _TS_OWN.search(body)
        if own:  # its own toJSON()/toString() decides what it prints: the members it reads of `this`, unmasked
            brace = body.find("{", own.end())
            printed = _MASKED_CALL.sub(" ", brace_block(body, brace + 1)) if brace >= 0 else ""
            shown = set(re.findall(r"\bthis\.(\w+)\b(?!\s*\()", printed))
            fields = [(n, t) for n, t in fields if n in shown]
        # kept apart as ts:<Name>: one scan may hold a Java or Go type of the same name
        add(f"ts:{m.group(1) or m.group(2)}", {k for n, _ in fields if not (camera and n.lower() == "pan")
                                              for k in _kinds(n)}, {f"ts:{t}" for _, t in fields},
            fields=tuple(n for n, _ in fields))
        for name, held in fields:
            if held[:1].isupper() and held not in ("Date", "String", "Number", "Boolean", "Record", "Array"):
                add(f"prop:{name}", set(), {f"ts:{held}"})
    for z in _ZOD.finditer(text):
        pairs = [(f.group(1), f.group(2) or "") for f in _ZOD_FIELD.finditer(brace_block(text, z.end()))]
        add(f"ts:{z.group(1)}", {k for n, _ in pairs for k in _kinds(n)}, {f"ts:{t}" for _, t in pairs if t},
            fields=tuple(n for n, _ in pairs))
        for name, held in pairs:
            if held:
                add(f"prop:{name}", set(), {f"ts:{held}"})


def java(text: str, add: Add) -> None:
    """Java records and Kotlin data classes (generated toString() prints every component), Lombok
    @Data/@ToString/@Value classes (minus excluded fields) and classes whose own toString() names a field."""
    for m in (*_J_RECORD.finditer(text), *_K_DATA.finditer(text)):
        opened = text[m.end() - 1:m.end()] == "{" or text[m.end():m.end() + 40].lstrip().startswith("{")
        body = brace_block(text, text.index("{", m.end() - 1) + 1) if opened else ""
        if _J_TOSTRING.search(body) or "fun toString" in body:
            continue
        pairs: list[tuple[str, str]] = []
        for part in re.split(r",(?![^<]*>)", m.group(2)):
            ids = _IDENT.findall(re.sub(r"@\w+(\([^)]*\))?", "", part))
            if len(ids) >= 2:
                pairs.append((ids[1], ids[-1]) if ":" in part else (ids[-1], ids[-2]))
        camera = _camera({n for n, _ in pairs})
        add(m.group(1), {k for n, _ in pairs if not (camera and n.lower() == "pan") for k in kinds_in(m.group(1), n)},
                  {t for _, t in pairs}, fields=tuple(n for n, _ in pairs))
    for c in _J_CLASS.finditer(text):
        brace = text.find("{", c.end())
        if brace < 0:
            continue
        body, head = brace_block(text, brace + 1), text[max(0, c.start() - 300):c.start()]
        own = _J_TOSTRING.search(body)
        if _J_THROWABLE.match(text[c.end():brace]):
            # an exception's string form is its message: what its constructors hand to super(...)
            said = " ".join(_STRING.sub('""', a) for a in _J_SUPER.findall(body))
            add(c.group(1), {k for w in _IDENT.findall(said) for k in kinds_in(c.group(1), w)}, set())
        elif own:
            printed = body[own.end():own.end() + 1500].split("\n    }", 1)[0]
            add(c.group(1), {k for w in _IDENT.findall(_STRING.sub('""', printed)) for k in kinds_in(c.group(1), w)}, set())
        elif _J_LOMBOK.search(annotations := head.rsplit(";", 1)[-1].rsplit("}", 1)[-1]):
            # @ToString(exclude = {"cardNumber"}) / onlyExplicitlyIncluded = true leave fields out.
            options = _J_TOSTRING_OPTIONS.search(annotations)
            excluded = set(re.findall(r'"(\w+)"', options.group(1))) if options else set()
            only = bool(options and re.search(r"onlyExplicitlyIncluded\s*=\s*true", options.group(1)))
            fields = [f for f in _J_FIELD.finditer(body) if "ToString.Exclude" not in f.group(0)
                      and f.group(2) not in excluded and (not only or "ToString.Include" in f.group(0))]
            camera = _camera({f.group(2) for f in fields})
            add(c.group(1), {k for f in fields if not (camera and f.group(2).lower() == "pan")
                                   for k in kinds_in(c.group(1), f.group(2))},
                      {f.group(1).split("<")[0].strip() for f in fields}, fields=tuple(f.group(2) for f in fields))


__all__ = ["BARE_NUMBER", "CODE", "NUMBER", "PERSONAL", "Add", "go", "java", "kinds_in", "other_card", "payment_fields", "ts"]
