"""String forms of Python, Ruby and PHP classes, for the class summaries of scanner/code/classes.py. A Python value
logged whole prints its class's `__str__`/`__repr__`: a dataclass, attrs class, pydantic/SQLModel model,
NamedTuple or msgspec Struct generates one that prints every field (minus `repr=False` fields and secret types);
a hand-written one prints what its body reads from `self`; any other class (an SQLAlchemy, Django, Pony or
Piccolo model without one) prints its name and address, nothing personal. A Ruby value interpolated or
logged prints its `to_s`/`inspect` when the class writes one, every member when it is a `Struct`/`Data`, and
nothing otherwise. A PHP model dumped whole (`->attributes`, `toArray()`, json_encode) shows its public
properties, `@property` columns and `$fillable`/`$casts` keys, minus `$hidden` ones, and one interpolated prints
what its `__toString` reads. Each class is reported as
(name, printed field names, base or held types, own form): `classes.Summary` turns the names into kinds of
data and knows, for a class it has seen, that it prints nothing, so a whole-object rule matched on a name
(`customer`) can be dropped for a class that hides it. Parsing is by regular expression and indentation; what
it cannot read is simply not listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PY_CLASS = re.compile(r"^([ \t]*)class\s+(\w+)\s*(?:\(([^)]*)\))?\s*:", re.M)
_PY_DECORATOR = re.compile(r"@(?:dataclasses\.)?dataclass\b|@attr(?:s)?\.(?:s|attrs|define|frozen|mutable)\b"
                           r"|@(?:define|frozen|mutable)\b")
# Bases whose generated repr prints every field.
_PY_FULL_BASES = re.compile(r"\b(BaseModel|SQLModel|NamedTuple|TypedDict|Struct|BaseSettings)\b")
_PY_FIELD = re.compile(r"^(\w+)\s*:\s*([^=\n]+?)\s*(?:=\s*(.*))?$")
_PY_ATTRIB = re.compile(r"^(\w+)\s*=\s*(?:attr\.ib|attrs\.field|attr\.attrib)\((.*)$")
_PY_METHOD = re.compile(r"^def\s+(__str__|__repr__)\s*\(")
_SELF_ATTR = re.compile(r"\bself\.(\w+)")
_WHOLE = re.compile(r"__dict__|\bvars\(self\)|\basdict\(self\)|model_dump\(|\.dict\(\)")
_SECRET_TYPE = re.compile(r"\bSecret(?:Str|Bytes)\b")
_RELATION = re.compile(r"\b[Rr]elationship\(")
_MANY = re.compile(r"^(?:Mapped\[)?\s*(?:list|List|set|Set|tuple|Sequence)\b")
_TYPE_NAME = re.compile(r"\b[A-Z]\w*")  # the classes an annotation names: CardInput | None, list[Address]
_PY_EXCEPTION = re.compile(r"\w*(?:Exception|Error)\b")
_PY_SUPER = re.compile(r"(?:\bsuper\(\s*(?:\w+\s*,\s*self\s*)?\)\.__init__|\b\w*(?:Exception|Error)\.__init__)\(((?:[^()]|\([^()]*\))*)\)")
_PY_STRING = re.compile(r"(\b[fFrRbB]{0,2})(\"\"\"|'''|\"|')(.*?)\2", re.S)


def _said(args: str) -> str:
    """The attributes a message expression reads, as `self.<name>` for the own-form reader below: each `.name`
    outside its string literals, and the last name of each expression in an f-string's braces."""
    def keep(m: re.Match[str]) -> str:
        inner = re.findall(r"\{([^{}]*)\}", m.group(3)) if "f" in m.group(1).lower() else []
        return " ".join("." + e.split("!")[0].split(":")[0].strip().rsplit(".", 1)[-1] for e in inner)
    return " ".join(f"self.{w}" for w in re.findall(r"\.(\w+)", _PY_STRING.sub(keep, args)))

_PHP_CLASS = re.compile(r"\bclass\s+(\w+)[^{;]*\{")
_PHP_PROP = re.compile(r"^\s*public\s+(?:readonly\s+)?(?:\??[\w\\]+\s+)?\$(\w+)", re.M)
_PHP_DOC_PROP = re.compile(r"@property(?:-read)?\s+\S+\s+\$(\w+)")
_PHP_LIST = re.compile(r"\$(fillable|hidden|casts)\s*=\s*\[([^\]]*)\]")
_PHP_TO_STRING = re.compile(r"function\s+__toString\s*\(\s*\)\s*(?::\s*\w+\s*)?\{")
_PHP_THIS = re.compile(r"\$this->(\w+)")
_PHP_KEY = re.compile(r"[\x27\x22](\w+)[\x27\x22]")
_RB_CLASS = re.compile(r"^([ \t]*)class\s+(\w+)\b(?:\s*<\s*([\w:]+(?:\.new\(([^)]*)\))?))?", re.M)
_RB_STRUCT = re.compile(r"^\s*(\w+)\s*=\s*(?:Struct|Data)\.(?:new|define)\(([^)]*)\)", re.M)
_RB_METHOD = re.compile(r"^def\s+(to_s|inspect)\b")
_RB_IDS = re.compile(r"(?:@|self\.|#\{)(\w+)")
_SYMBOL = re.compile(r":(\w+)")
# raise Klass, "message" / raise Klass.new("message"), the message running on over `\`-continued lines
_RB_RAISE = re.compile(r"\braise\s+([A-Z][\w:]*)(?:\s*,|\.new\()((?:[^\n]*\\\n)*[^\n]*)")
_RB_CORE_ERRORS = frozenset({"StandardError", "RuntimeError", "ArgumentError", "TypeError", "KeyError", "IndexError",
                             "NameError", "NotImplementedError", "IOError", "Exception", "SecurityError"})
INSPECT = "#inspect"  # the suffix naming a Ruby class's own inspect form


@dataclass(frozen=True)
class StrForm:
    """A class and what its string form prints: field names, and the types it takes from (bases, fields)."""

    name: str
    printed: frozenset[str]
    types: frozenset[str]
    many: frozenset[str] = frozenset()  # types held only as collections (an ORM has-many association)


def _blocks(text: str, opener: re.Pattern[str]) -> list[tuple[re.Match[str], list[str]]]:
    """Each class opened by `opener` (group 1: its indentation) with the lines of its body, dedented."""
    lines = text.splitlines()
    starts = {text.count("\n", 0, m.start()): m for m in opener.finditer(text)}
    out: list[tuple[re.Match[str], list[str]]] = []
    for row, m in starts.items():
        indent = len(m.group(1).expandtabs())
        body: list[str] = []
        for line in lines[row + 1:]:
            stripped = line.strip()
            if stripped and len(line) - len(line.lstrip()) <= indent and not stripped.startswith(("#", ")")):
                break
            body.append(line)
        inner = [b for b in body if b.strip()]
        depth = min((len(b) - len(b.lstrip()) for b in inner), default=0)
        out.append((m, [b[depth:] if len(b) >= depth else b.strip() for b in body]))
    return out


def _method(body: list[str], start: int) -> str:
    """The text of the method that opens at `start` (a dedented body line), up to the next one at its level."""
    out = []
    for line in body[start + 1:]:
        if line.strip() and not line[:1].isspace():
            break
        out.append(line)
    return "\n".join(out)


def python(text: str) -> list[StrForm]:
    forms: list[StrForm] = []
    for m, body in _blocks(text, _PY_CLASS):
        above = text[max(0, m.start() - 600):m.start()].rstrip("\n").split("\n")
        decorators = []
        for line in reversed(above[1:] if len(above) > 1 else above):
            if not line.strip().startswith("@"):
                break
            decorators.append(line)
        bases = m.group(3) or ""
        fields: dict[str, str] = {}
        for line in body:
            if line[:1].isspace():
                continue
            f = _PY_FIELD.match(line)
            a = _PY_ATTRIB.match(line)
            if f and not f.group(1).startswith("_") and f.group(1) != "model_config":
                default = f.group(3) or ""
                # relationships are left out of an ORM model's repr (and are rarely loaded when it is logged)
                if "repr=False" not in default and not _SECRET_TYPE.search(f.group(2)) \
                        and not _RELATION.search(default):
                    fields[f.group(1)] = f.group(2)
            elif a and "repr=False" not in a.group(2):
                fields[a.group(1)] = ""
        own = [_method(body, i) for i, line in enumerate(body) if _PY_METHOD.match(line)]
        if not own and _PY_EXCEPTION.search(bases):
            # an exception's string form is its message: what its constructor hands to the base class
            own = ["\n".join(_said(a) for a in _PY_SUPER.findall("\n".join(body)))]
        types = {w for t in fields.values() for w in _TYPE_NAME.findall(t)}
        many = {w for t in fields.values() if _MANY.search(t) for w in _TYPE_NAME.findall(t)}
        if own:
            printed = {w for o in own for w in _SELF_ATTR.findall(o) + re.findall(r"\{(\w+)", o)}
            if any(_WHOLE.search(o) for o in own):
                printed |= set(fields)
            forms.append(StrForm(m.group(2), frozenset(printed), frozenset()))
        elif any(_PY_DECORATOR.search(d) for d in decorators) or _PY_FULL_BASES.search(bases):
            forms.append(StrForm(m.group(2), frozenset(fields), frozenset(types), frozenset(many)))
        else:
            # A plain class prints its name; one built on an application class prints what that class prints.
            own_bases = {b.strip().rsplit(".", 1)[-1] for b in bases.split(",") if b.strip()[:1].isupper()}
            forms.append(StrForm(m.group(2), frozenset(), frozenset(own_bases)))
    return forms


def ruby(text: str) -> list[StrForm]:
    forms = [StrForm(m.group(1), frozenset(_SYMBOL.findall(m.group(2))), frozenset())
             for m in _RB_STRUCT.finditer(text)]
    # An exception class is usually empty: its message (to_s) is given where it is raised.
    for m in _RB_RAISE.finditer(text):
        name = m.group(1).rsplit("::", 1)[-1]
        if name not in _RB_CORE_ERRORS:
            said = {e.strip().rsplit(".", 1)[-1].lstrip("@") for e in re.findall(r"#\{([^{}]*)\}", m.group(2))}
            forms.append(StrForm(name, frozenset(w for w in said if re.fullmatch(r"\w+", w)), frozenset()))
    for m, body in _blocks(text, _RB_CLASS):
        members = frozenset(_SYMBOL.findall(m.group(4) or ""))
        own: dict[str, frozenset[str]] = {}
        for i, line in enumerate(body):
            if method := _RB_METHOD.match(line):
                own[method.group(1)] = frozenset(_RB_IDS.findall(_method(body, i)))
        # Interpolation and to_s print to_s; `inspect`, `p` and a Logger given the object itself print inspect.
        # A class often writes one to hide what the other shows (to_s the id, inspect every attribute), so
        # each is its own form: "Parent" for to_s, "Parent#inspect" for an inspect the class writes itself
        # (without one, inspect prints every attribute: the name-based rules keep such a match).
        if "to_s" in own:
            forms.append(StrForm(m.group(2), own["to_s"], frozenset()))
        else:
            forms.append(StrForm(m.group(2), members, frozenset()))  # a Struct's to_s prints its members
        if "inspect" in own:
            forms.append(StrForm(m.group(2) + INSPECT, own["inspect"], frozenset()))
    return forms


def php(text: str) -> list[StrForm]:
    """PHP models dumped whole (Yii `->attributes`, Eloquent `toArray()`, json_encode/print_r of the object): their
    public properties, `@property` docblock columns, `$fillable` and `$casts` keys, minus `$hidden` ones."""
    forms: list[StrForm] = []
    for m in _PHP_CLASS.finditer(text):
        body = brace_block(text, m.end())
        before = re.sub(r"(?:\b(?:final|abstract|readonly)\s+|#\[[^\]]*\]\s*)*$", "",
                        text[max(0, m.start() - 3000):m.start()]).rstrip()
        doc = before.rsplit("/**", 1)[-1] if before.endswith("*/") else ""  # the docblock right above
        names = set(_PHP_PROP.findall(body)) | set(_PHP_DOC_PROP.findall(doc))
        lists = {k: set(_PHP_KEY.findall(v)) for k, v in _PHP_LIST.findall(body)}
        names |= lists.get("fillable", set()) | lists.get("casts", set())
        # a class that writes __toString prints what it reads from $this there when interpolated or concatenated
        if (own := _PHP_TO_STRING.search(body)) is not None:
            names |= set(_PHP_THIS.findall(brace_block(body, own.end())))
        forms.append(StrForm(m.group(1), frozenset(names - lists.get("hidden", set())), frozenset()))
    return forms


def brace_block(text: str, start: int) -> str:
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


__all__ = ["INSPECT", "StrForm", "brace_block", "php", "python", "ruby"]
