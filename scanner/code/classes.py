"""Cross-file class summaries for the whole-object card rules. A rule can see that a handler logs `req` or
writes `json.Marshal(checkout)`, and the declared type of that variable, but not whether the type, declared
in another file, prints or serialises a card number: a Go struct with a card field and no redacting
String()/LogValue()/MarshalJSON(), a Java record (its generated toString() prints every component), a Lombok
@Data/@ToString/@Value class, or a class whose hand-written toString() prints a card field. The literal
pass, which reads every file anyway, hands each Go/Java/Kotlin text to `Summary.observe`; `gate` then keeps a
class-gated match (rule metadata `class_gate`; its message opens with `'$X' ($TYPE)`, semgrep's JSON
carrying no bindings) only when that type is such a class, and gives it the
categories of the card data the class holds (a struct with both a number and a CVC written to a cache is
two findings). pii_logging's class-gated rules (mode `logging_pii`) use the same summaries for the personal
data (e-mail, phone, name, address, national id, birth date, secrets) a type prints. Python, Ruby and PHP
classes come from scanner/code/strforms.py and are also looked up by the name a variable is given
(`booking_request` -> BookingRequest); every class is kept per project (projects.py), so two apps of one scan
that both declare a `Card` do not judge each other's logs; modes ending in `_named` are name-based rules, dropped only for a
class known to print nothing of the kind. Parsing is by regular expression: a declaration it cannot read is
simply not listed, so the gated rules stay quiet rather than guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from scanner.code import strforms
from scanner.code.semgrep import Match
from scanner.code.vocabulary import classify, vocabulary, words

SUFFIXES = (".go", ".java", ".kt", ".py", ".rb", ".ts", ".php")
# languages whose classes are also looked up by the name a variable is given
_NAMED = (".py", ".rb", ".php")
_PARSERS = {".py": strforms.python, ".rb": strforms.ruby, ".php": strforms.php}
NUMBER, CODE = "card_number", "security_code"
# Personal data a class's string form can print (pii_logging's class-gated rules: mode "logging_pii").
PERSONAL = frozenset({"email", "phone", "person_name", "postal_address", "national_id", "date_of_birth", "secret"})
_CATEGORY = {NUMBER: "card_number_storage", CODE: "card_security_code_storage"}
# A cheap test before any parsing: the text names card data at all.
_HINT = re.compile(r"(?i)pan\b|card|cc_?n|cc_?num|cvv|cvc|cvn|ccv|cav2|csc|cid|acct|account"
                   r"|mail|phone|mobile|(first|last|full|given|family|sur)_?name|address|street|postcode|birth|dob"
                   r"|ssn|passport|national|password")

_GO_STRUCT = re.compile(r"\btype\s+(\w+)\s+struct\s*\{(.*?)\n\}", re.S)
# [ \t]* before the tag: a bare \s* would run into the next line and hide every second untagged field.
_GO_FIELD = re.compile(r"^\s*(\w+)\s+([\w.*\[\]]+)[ \t]*(`[^`]*`)?", re.M)
_GO_TAG = re.compile(r'json:"([^",]*)')
# A type with one of these methods chooses its own string / JSON / log form.
_GO_REDACT = re.compile(r"\bfunc\s*\(\s*\w*\s*\*?(\w+)\s*\)\s*"
                        r"(String|GoString|Format|LogValue|MarshalJSON|MarshalText|MarshalLogObject)\s*\(")

_J_RECORD = re.compile(r"\brecord\s+(\w+)\s*(?:<[^>]*>)?\s*\(([^)]*(?:\([^)]*\)[^)]*)*)\)\s*(?:implements[^{]*)?\{")
_J_CLASS = re.compile(r"\b(?:class|interface|enum)\s+(\w+)")
_J_FIELD = re.compile(r"^\s*(?:@[\w.]+(?:\([^)]*\))?\s+)*(?:(?:private|protected|public|final|static|transient)\s+)*"
                      r"([\w.<>\[\], ?]+?)\s+(\w+)\s*(?:=[^;]*)?;", re.M)
_J_LOMBOK = re.compile(r"@(?:lombok\.)?(?:Data|ToString|Value)\b")
_J_TOSTRING_OPTIONS = re.compile(r"@(?:lombok\.)?ToString\s*\(([^)]*)\)")
_J_TOSTRING = re.compile(r"\bString\s+toString\s*\(\s*\)\s*\{")
_K_DATA = re.compile(r"\bdata\s+class\s+(\w+)\s*(?:<[^>]*>)?\s*\(([^)]*(?:\([^)]*\)[^)]*)*)\)")
# TypeScript classes, interfaces and object types (a DTO, an entity) and their typed properties.
_TS_TYPE = re.compile(r"\b(?:class|interface)\s+(\w+)[^{;]*\{|\btype\s+(\w+)\s*=\s*\{")
_TS_FIELD = re.compile(r"^[ \t]*(?:@[\w.]+\([^\n]*\)\s*)*(?:(?:public|private|protected|readonly|declare)\s+)*"
                       r"(\w+)[?!]?\s*:\s*([A-Za-z_]\w*)(?:<[^>\n]*>)?(?:\[\])?\s*(?:[;,=|)]|$)", re.M)
_TS_OWN = re.compile(r"^[ \t]*(?:public\s+)?(?:toJSON|toString)\s*\(", re.M)
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')  # a label in a toString() ("number=") is no field
_IDENT = re.compile(r"[A-Za-z_]\w*")
_MESSAGE_TYPE = re.compile(r"^'[^']*' \(([^)]*)\)")


def _block(text: str, start: int) -> str:
    """The text of the brace block opened just before `start` (strings and comments are not special-cased:
    a stray brace in one only shortens or lengthens what is read)."""
    depth = 1
    for i in range(start, min(len(text), start + 20000)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return text[start:i]
    return text[start:start + 20000]

# A field named only "number" is the card number in a type named for a card or holding a security code.
_BARE_NUMBER = frozenset({"number", "num", "no", "nbr"})


def _kinds(name: str) -> set[str]:
    return classify(name) & {NUMBER, CODE, *PERSONAL}


def _kinds_in(owner: str, name: str) -> set[str]:
    """A field's kinds; in a class named for a payment card (CardRequest, PaymentCard) its bare `number` and
    `verification_value` are the card's, as a column beside a card table's name is (records.py)."""
    kinds = _kinds(name)
    if not kinds and "card" in words(owner) and not _other_card(owner):
        kinds = _kinds(f"card_{name}") & {NUMBER, CODE}
    return kinds


def _other_card(name: str) -> bool:
    """KeyCard, GiftCardBalance: a class about another kind of card holds no payment card data."""
    ws, other = words(name), vocabulary().not_payment
    return any(ws[i] == "card" and ws[i - 1] in other for i in range(1, len(ws)))


def _camera(fields: set[str]) -> bool:
    # pan beside tilt and zoom is a camera's angle, not a primary account number.
    return bool({"tilt", "zoom"} & {f.lower() for f in fields})


@dataclass
class Summary:
    """Classes seen so far: name -> card kinds they print, plus types that redact themselves (Go)."""

    classes: dict[str, set[str]] = field(default_factory=dict)
    holds: dict[str, set[str]] = field(default_factory=dict)  # class -> field types, for nesting
    # class -> types it holds only as a Go slice: an ORM has-many association (Member.SavedCards []PaymentCard)
    # that a logged record rarely carries loaded; serialised collections (storage) still count them.
    many: dict[str, set[str]] = field(default_factory=dict)
    redacted: set[str] = field(default_factory=set)
    # Every name is kept as "project\0Name": class names are common words (Customer, Card, Member) that two
    # projects of one scan both declare, so each project sees its own (and those of projects it is nested in).
    project: str = ""

    def _add(self, name: str, kinds: set[str], types: set[str], many: set[str] | None = None,
             fields: tuple[str, ...] = ()) -> None:
        if _other_card(name):
            kinds, types = set(), set()
        elif ("card" in words(name) or CODE in kinds) and any(f.lower() in _BARE_NUMBER for f in fields):
            kinds = kinds | {NUMBER}  # CardEntry{Number, Expiry, CVV}: the card's number
        key = f"{self.project}\0{name}"
        self.classes.setdefault(key, set()).update(kinds)
        self.holds.setdefault(key, set()).update(f"{self.project}\0{t}" for t in types)
        if many:
            self.many.setdefault(key, set()).update(f"{self.project}\0{t}" for t in many)

    def observe(self, rel: str, text: str, project: str = "") -> None:
        if not rel.endswith(SUFFIXES) or not _HINT.search(text):
            return
        self.project = project
        if rel.endswith(_NAMED):
            for form in _PARSERS[rel[rel.rindex("."):]](text):
                self._add(form.name, {k for n in form.printed for k in _kinds_in(form.name, n)}, set(form.types),
                          set(form.many))
        elif rel.endswith(".ts"):
            self._ts(text)
        elif rel.endswith(".go"):
            self._go(text)
        else:
            self._java(text)

    def _go(self, text: str) -> None:
        self.redacted.update(f"{self.project}\0{m.group(1)}" for m in _GO_REDACT.finditer(text))
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
                kinds |= _kinds_in(m.group(1), f.group(1)) | (_kinds(tag.group(1)) if tag and tag.group(1) else set())
                held = f.group(2).lstrip("*[]").rsplit(".", 1)[-1]
                types.add(held)
                if f.group(2).lstrip("*").startswith("[]"):
                    many.add(held)
            self._add(m.group(1), kinds, types, many, tuple(f.group(1) for f in fields))

    def _ts(self, text: str) -> None:
        """A TypeScript type (ts:<Name>) serialises every property (JSON.stringify). A property typed with a class
        is also listed as `prop:<name>`, so `dto.card` written whole resolves through the type of any `card`
        property the tree declares (TypeScript's declared types of nested properties are not visible to a rule)."""
        for m in _TS_TYPE.finditer(text):
            # a type name, not an expression (an object literal's `email: dto.email`, `total: sum(x)`)
            body = _block(text, m.end())
            fields = [(f.group(1), f.group(2)) for f in _TS_FIELD.finditer(body)]
            camera = _camera({n for n, _ in fields})
            if _TS_OWN.search(body):  # its own toJSON()/toString() decides what it prints: not read here
                fields = []
            # kept apart as ts:<Name>: one scan may hold a Java or Go type of the same name
            self._add(f"ts:{m.group(1) or m.group(2)}", {k for n, _ in fields if not (camera and n.lower() == "pan")
                                                        for k in _kinds(n)}, {f"ts:{t}" for _, t in fields},
                      fields=tuple(n for n, _ in fields))
            for name, held in fields:
                if held[:1].isupper() and held not in ("Date", "String", "Number", "Boolean", "Record", "Array"):
                    self._add(f"prop:{name}", set(), {f"ts:{held}"})

    def _java(self, text: str) -> None:
        for m in (*_J_RECORD.finditer(text), *_K_DATA.finditer(text)):
            opened = text[m.end() - 1:m.end()] == "{" or text[m.end():m.end() + 40].lstrip().startswith("{")
            body = _block(text, text.index("{", m.end() - 1) + 1) if opened else ""
            if _J_TOSTRING.search(body) or "fun toString" in body:
                continue
            pairs: list[tuple[str, str]] = []
            for part in re.split(r",(?![^<]*>)", m.group(2)):
                ids = _IDENT.findall(re.sub(r"@\w+(\([^)]*\))?", "", part))
                if len(ids) >= 2:
                    pairs.append((ids[1], ids[-1]) if ":" in part else (ids[-1], ids[-2]))
            camera = _camera({n for n, _ in pairs})
            self._add(m.group(1), {k for n, _ in pairs if not (camera and n.lower() == "pan") for k in _kinds_in(m.group(1), n)},
                      {t for _, t in pairs}, fields=tuple(n for n, _ in pairs))
        for c in _J_CLASS.finditer(text):
            brace = text.find("{", c.end())
            if brace < 0:
                continue
            body, head = _block(text, brace + 1), text[max(0, c.start() - 300):c.start()]
            own = _J_TOSTRING.search(body)
            if own:
                printed = body[own.end():own.end() + 1500].split("\n    }", 1)[0]
                self._add(c.group(1), {k for w in _IDENT.findall(_STRING.sub('""', printed)) for k in _kinds_in(c.group(1), w)}, set())
            elif _J_LOMBOK.search(annotations := head.rsplit(";", 1)[-1].rsplit("}", 1)[-1]):
                # @ToString(exclude = {"cardNumber"}) / onlyExplicitlyIncluded = true leave fields out.
                options = _J_TOSTRING_OPTIONS.search(annotations)
                excluded = set(re.findall(r'"(\w+)"', options.group(1))) if options else set()
                only = bool(options and re.search(r"onlyExplicitlyIncluded\s*=\s*true", options.group(1)))
                fields = [f for f in _J_FIELD.finditer(body) if "ToString.Exclude" not in f.group(0)
                          and f.group(2) not in excluded and (not only or "ToString.Include" in f.group(0))]
                camera = _camera({f.group(2) for f in fields})
                self._add(c.group(1), {k for f in fields if not (camera and f.group(2).lower() == "pan")
                                       for k in _kinds_in(c.group(1), f.group(2))},
                          {f.group(1).split("<")[0].strip() for f in fields}, fields=tuple(f.group(2) for f in fields))

    def card_kinds(self, type_text: str, associations: bool = True, project: str | None = None) -> set[str]:
        """The card data a value of this declared type prints (pkg.Type, *Type, []Type, Type<...> all name Type);
        without `associations`, types it holds only as slices are left out (a logged record)."""
        return self._printed(type_text, associations, project) & {NUMBER, CODE}

    def personal_kinds(self, type_text: str, project: str | None = None) -> set[str]:
        """The personal data (e-mail, phone, name, ...) a logged value of this declared type prints."""
        return self._printed(type_text, False, project) & PERSONAL

    def known(self, type_text: str, project: str | None = None) -> bool:
        """Whether the type (or, for Python/Ruby, the class a variable is named for) was seen at all."""
        return self._key(type_text, project) is not None

    def _key(self, type_text: str, project: str | None) -> str | None:
        """The class a type names (pkg.Type, *Type, []Type, Type<...>, \\App\\Type all name Type) or, for a variable,
        the class its name names (booking_request -> BookingRequest), in the project or one it is nested in."""
        name = re.sub(r"<.*", "", type_text).lstrip("*&[]").rsplit(".", 1)[-1].rsplit("\\", 1)[-1].strip()
        camel = "".join(w[:1].upper() + w[1:] for w in name.split("_"))
        scope: str | None = project or ""
        while scope is not None:
            for candidate in (name, camel):
                if f"{scope}\0{candidate}" in self.classes:
                    return f"{scope}\0{candidate}"
            scope = scope.rsplit("/", 1)[0] if "/" in scope else ("" if scope else None)
        return None

    def _printed(self, type_text: str, associations: bool, project: str | None = None) -> set[str]:
        key = self._key(type_text, project)
        return self._resolve(key, set(), associations) if key else set()

    def _resolve(self, name: str, seen: set[str], associations: bool) -> set[str]:
        if name in seen or name in self.redacted or name not in self.classes:
            return set()
        seen.add(name)
        out = set(self.classes[name])
        skip = set() if associations else self.many.get(name, set())
        for inner in self.holds.get(name, set()) - skip:
            out |= self._resolve(inner, seen, associations)
        return out


def _pii_printed(summary: Summary, type_text: str, project: str | None) -> bool:
    # A card's holder name goes with the card (card_data_logging reports it); other personal data counts.
    personal = summary.personal_kinds(type_text, project)
    return bool(personal - {"person_name"} or (personal and not summary.card_kinds(type_text, False, project)))


def gate(matches: tuple[Match, ...], summary: Summary,
         project_of: Callable[[Path], str] | None = None) -> tuple[Match, ...]:
    """Class-gated matches kept only for card classes, one per card category for storage rules. Modes ending
    in `_named` are rules that judged a value by its name (`customer`): kept unless the class it is named
    for is known and prints no such data."""
    out: list[Match] = []
    for m in matches:
        mode = str(m.metadata.get("class_gate") or "")
        if not mode:
            out.append(m)
            continue
        typed = _MESSAGE_TYPE.match(m.message)
        project = project_of(m.path) if project_of else None
        if mode.endswith("_named"):
            if not typed or not summary.known(typed.group(1), project):
                out.append(m)
                continue
            printed = (_pii_printed(summary, typed.group(1), project) if mode == "logging_pii_named"
                       else bool(summary.card_kinds(typed.group(1), False, project)))
            if printed:
                out.append(m)
            continue
        if mode == "logging_pii":
            if typed and _pii_printed(summary, typed.group(1), project):
                out.append(m)
            continue
        kinds = summary.card_kinds(typed.group(1), mode != "logging", project) if typed else set()
        if mode == "logging":
            if kinds:
                out.append(m)
            continue
        for kind in sorted(kinds):
            category = _CATEGORY[kind]
            rule = m.rule_id.replace("card-storage", category.replace("_", "-"))
            out.append(replace(m, rule_id=rule, metadata={**m.metadata, "category": category}))
    return tuple(out)


def needed(matches: tuple[Match, ...]) -> bool:
    return any(m.metadata.get("class_gate") for m in matches)


__all__ = ["SUFFIXES", "Summary", "gate", "needed"]
