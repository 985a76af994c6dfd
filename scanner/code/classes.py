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
simply not listed, so the gated rules stay quiet rather than guess. Go, TypeScript and Java/Kotlin declarations
are read by scanner/code/typeforms.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from scanner.code import strforms, typeforms
from scanner.code.semgrep import Match
from scanner.code.typeforms import BARE_NUMBER, CODE, NUMBER, PERSONAL, kinds_in, other_card
from scanner.code.vocabulary import words

SUFFIXES = (".go", ".java", ".kt", ".py", ".rb", ".ts", ".php")
# languages whose classes are also looked up by the name a variable is given
_NAMED = (".py", ".rb", ".php")
_PARSERS = {".py": strforms.python, ".rb": strforms.ruby, ".php": strforms.php}
_MESSAGE_TYPE = re.compile(r"^'[^']*' \(([^)]*)\)")
_CATEGORY = {NUMBER: "card_number_storage", CODE: "card_security_code_storage"}
# JDBC code that maps table rows into a class: JdbcClient/JdbcTemplate `.query(X.class)`, `queryForObject(sql,
# X.class)`, Spring's Bean/DataClass row mappers, JDBI `mapTo`/`mapToBean`/constructor and bean mappers, jOOQ
# `fetchInto`, Sql2o `executeAndFetch`. The class named is a table's row (mode `row_mapped`).
_ROW_MAPPED = re.compile(
    r"\.(?:query|queryForObject|queryForList|queryForStream|mapTo|mapToBean|fetchInto|fetchOneInto|fetchSingleInto"
    r"|executeAndFetch|executeAndFetchFirst)\(\s*(?:[^();]*,\s*)?(\w+)\.class\b"
    r"|\b(?:BeanPropertyRowMapper|DataClassRowMapper|ConstructorMapper|BeanMapper|FieldMapper|RegisterConstructorMapper"
    r"|RegisterBeanMapper|RegisterFieldMapper)\b(?:<[^>]*>)?(?:\.\w+)?\(\s*(?:value\s*=\s*)?(\w+)\.class\b")
# A cheap test before any parsing: the text names card data at all.
_HINT = re.compile(r"(?i)pan\b|card|cc_?n|cc_?num|cvv|cvc|cvn|ccv|cav2|csc|cid|acct|account"
                   r"|mail|phone|mobile|(first|last|full|given|family|sur)_?name|address|street|postcode|birth|dob"
                   r"|ssn|passport|national|password")


@dataclass
class Summary:
    """Classes seen so far: name -> card kinds they print, plus types that redact themselves (Go)."""

    classes: dict[str, set[str]] = field(default_factory=dict)
    holds: dict[str, set[str]] = field(default_factory=dict)  # class -> field types, for nesting
    # class -> types it holds only as a Go slice: an ORM has-many association (Member.SavedCards []PaymentCard)
    # that a logged record rarely carries loaded; serialised collections (storage) still count them.
    many: dict[str, set[str]] = field(default_factory=dict)
    redacted: set[str] = field(default_factory=set)
    rows: set[str] = field(default_factory=set)  # Java classes that JDBC code maps table rows into
    # Every name is kept as "project\0Name": class names are common words (Customer, Card, Member) that two
    # projects of one scan both declare, so each project sees its own (and those of projects it is nested in).
    project: str = ""

    def _add(self, name: str, kinds: set[str], types: set[str], many: set[str] | None = None,
             fields: tuple[str, ...] = ()) -> None:
        if other_card(name, fields):
            kinds, types = set(), set()
        elif ("card" in words(name) or CODE in kinds) and any(f.lower() in BARE_NUMBER for f in fields):
            kinds = kinds | {NUMBER}  # CardEntry{Number, Expiry, CVV}: the card's number
        key = f"{self.project}\0{name}"
        self.classes.setdefault(key, set()).update(kinds)
        self.holds.setdefault(key, set()).update(f"{self.project}\0{t}" for t in types)
        if many:
            self.many.setdefault(key, set()).update(f"{self.project}\0{t}" for t in many)

    def observe(self, rel: str, text: str, project: str = "") -> None:
        if rel.endswith((".java", ".kt")) and ".class" in text:
            self.rows.update(f"{project}\0{a or b}" for a, b in _ROW_MAPPED.findall(text))
        if not rel.endswith(SUFFIXES) or not _HINT.search(text):
            return
        self.project = project
        if rel.endswith(_NAMED):
            for form in _PARSERS[rel[rel.rindex("."):]](text):
                self._add(form.name, {k for n in form.printed for k in kinds_in(form.name, n)}, set(form.types),
                          set(form.many))
        elif rel.endswith(".ts"):
            typeforms.ts(text, self._add)
        elif rel.endswith(".go"):
            typeforms.go(text, self._add, self.redacted, self.project)
        else:
            typeforms.java(text, self._add)

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

    def row_mapped(self, type_text: str, project: str | None = None) -> bool:
        """Whether JDBC code of the project (or one it is nested in) maps table rows into this class."""
        return any(f"{scope}\0{type_text}" in self.rows for scope in _scopes(project))

    def _key(self, type_text: str, project: str | None) -> str | None:
        """The class a type names (pkg.Type, *Type, []Type, Type<...>, \\App\\Type all name Type) or, for a variable,
        the class its name names (booking_request -> BookingRequest), in the project or one it is nested in; Ruby's
        Outer::Inner names Inner."""
        name = re.sub(r"<.*", "", type_text).lstrip("*&[]").rsplit(".", 1)[-1].rsplit("\\", 1)[-1].rsplit("::", 1)[-1].strip()
        camel = "".join(w[:1].upper() + w[1:] for w in name.split("_"))
        for scope in _scopes(project):
            for candidate in (name, camel):
                if f"{scope}\0{candidate}" in self.classes:
                    return f"{scope}\0{candidate}"
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


def _scopes(project: str | None) -> Iterator[str]:
    """The project and each one it is nested in, out to the scan's top ("")."""
    scope = project or ""
    while True:
        yield scope
        if not scope:
            return
        scope = scope.rsplit("/", 1)[0] if "/" in scope else ""


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
        if mode == "row_mapped":
            if typed and summary.row_mapped(typed.group(1), project):
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
