"""Code read as text, for the language-independent passes: string literals and the code interpolated in them, member
chains (`body["card"]["number"]`, `in.Card.Number`, `deposit.get('pan')`, `job.ArgString("cvc")`) as their member
names, the card data a member names in the shared vocabulary (alone, or joined with its parent: `card.number`), the
calls around a position and where a call or a statement ends. scanner.code.jobargs and scanner.code.cardlogs use
them; nothing here parses a language, so every function tolerates any text.
"""

from __future__ import annotations

import re

from scanner.code.messages import INTERPOLATION, STRING
from scanner.code.vocabulary import classify, normalise

Spans = list[tuple[int, int, list[tuple[int, int]]]]  # a string's span and its interpolations' spans
KINDS = ("card_number", "security_code")
# a getter given a literal key reads a member: deposit.get('pan'), job.ArgString("cvc"), params.fetch(:number)
_GETTER = r"(?:get\w*|fetch|dig|[Aa]rg\w*|input|param|query|value|attr\w*|field|opt\w*|read_attribute)"
_KEY = r"""(?:'[\w-]+'|"[\w-]+"|:\w+)"""
CHAIN = re.compile(rf"(?<![\w$@])[$@]?[A-Za-z_]\w*(?:\(\))?(?:(?:\.|->){_GETTER}\(\s*{_KEY}\s*\)|\[\s*{_KEY}\s*\]"
                   r"|\s*(?:\.|->|\?\.|\?->|::)\s*[A-Za-z_]\w*(?:\(\))?)*")
_PART = re.compile(rf"(?:\.|->)(?P<g>{_GETTER})\(\s*[:'\"]?(?P<gk>[\w-]+)['\"]?\s*\)|\[\s*[:'\"]?(?P<k>[\w-]+)['\"]?\s*\]"
                   r"|(?P<id>[A-Za-z_]\w*)")


def strings(text: str) -> Spans:
    """The string literals of a text: their spans and the spans of the code interpolated in them."""
    out: Spans = []
    for m in STRING.finditer(text):
        inner = [(m.start() + i.start(k), m.start() + i.end(k)) for i in INTERPOLATION.finditer(m.group(0))
                 for k in range(1, 5) if i.group(k)]
        out.append((m.start(), m.end(), inner))
    return out


def in_words(spans: Spans, pos: int) -> bool:
    """Whether a position is in a string's own words (not in code interpolated in it)."""
    return any(a <= pos < b and not any(x <= pos < y for x, y in inner) for a, b, inner in spans)


def blank(text: str, spans: Spans) -> str:
    """The text with the strings' own words blanked, brackets of code and interpolations kept in place."""
    chars = list(text)
    for a, b, inner in spans:
        for p in range(a, b):
            if not any(x <= p < y for x, y in inner):
                chars[p] = " "
    return "".join(chars)


# a string that names the field a value is read from: `$hirer['email']`, `row["phone"]`, `data.get("email")`
_FIELD_KEY = re.compile(r"""(?:[\w\])]\[\s*|(?:\.|->)(?:get|fetch)\(\s*)$""")


def values(text: str) -> str:
    """The text with its strings blanked (as `blank`) but the field names values are read by (`$hirer['email']` ->
    `$hirer[ email ]`): in a PHP, Python or Ruby payload the key of a record's subscript is what says the value is an
    e-mail address."""
    spans = strings(text)
    chars = list(blank(text, spans))
    for a, b, inner in spans:
        if not inner and b - a > 2 and _FIELD_KEY.search(text[max(0, a - 12):a]) and re.match(r"\s*[\])]", text[b:]):
            chars[a + 1:b - 1] = text[a + 1:b - 1]
    return "".join(chars)


def segments(chain: str) -> list[str]:
    """A chain's member names: body["card"]["number"] -> body card number; job.ArgString("pan") -> job Args pan (the
    job's arguments); self/this dropped."""
    out: list[str] = []
    for p in _PART.finditer(chain):
        if p.group("gk"):
            out += ["Args", p.group("gk")] if p.group("g").lower().startswith("arg") else [p.group("gk")]
        else:
            out.append(p.group("k") or p.group("id"))
    return out[1:] if out[:1] in (["self"], ["this"]) and len(out) > 1 else out


_CONTAINER = re.compile(r"_(?:params|data|info|details|input|form|attrs|attributes|fields|payload|hash)$")


def kinds_at(segs: list[str], j: int) -> set[str]:
    """The card data named at position j of a chain: the member itself or joined with its parent (card.number)."""
    # (a container of a card's fields names the card: card_params[:number], cardDetails.number)
    parent = _CONTAINER.sub("", normalise(segs[j - 1])) if j else ""
    names = {segs[j]} | ({f"{segs[j - 1]}_{segs[j]}", f"{parent}_{segs[j]}"} if j else set())
    return {k for n in names for k in classify(n)} & set(KINDS)


def callees(code: str, pos: int, start: int = 0) -> list[str]:
    """The names of the calls enclosing a position (innermost first), back to `start`."""
    out: list[str] = []
    depth = 0
    for k in range(pos - 1, start - 1, -1):
        ch = code[k]
        if ch in ")]}":
            depth += 1
        elif ch in "([{":
            if depth:
                depth -= 1
            elif ch == "(":
                m = re.search(r"([\w$]+)\s*$", code[:k])
                out.append(m.group(1) if m else "")
    return out


def call_end(text: str, open_at: int) -> int:
    """Just past the bracket that closes the one at `open_at`."""
    depth = 0
    for k in range(open_at, len(text)):
        if text[k] in "([{":
            depth += 1
        elif text[k] in ")]}":
            depth -= 1
            if depth == 0:
                return k + 1
    return len(text)


def call_arguments(code: str, text: str) -> list[str]:
    """The arguments of a call (`code` is its text after the opening bracket, strings blanked; `text` the same
    unblanked): split at the commas of its own depth."""
    out, depth, start = [], 0, 0
    for k, ch in enumerate(code):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif ch == "," and depth == 0:
            out.append(text[start:k].strip())
            start = k + 1
    else:
        k = len(code)
    out.append(text[start:k].strip())
    return [a for a in out if a]


def statement_end(code: str, start: int) -> int:
    """Where the statement from `start` ends: a line end or `;` outside brackets."""
    depth = 0
    for k in range(start, len(code)):
        ch = code[k]
        depth += (ch in "([{") - (ch in ")]}")
        if depth < 0 or (depth == 0 and ch in ";\n" and code[start:k].strip()):
            return k
    return len(code)


__all__ = ["CHAIN", "KINDS", "Spans", "blank", "call_arguments", "call_end", "callees", "in_words", "kinds_at", "segments",
           "statement_end", "strings", "values"]
