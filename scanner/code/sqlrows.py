"""Literal SQL in storage matches. An INSERT whose values are literals (a seed, a mysqldump or pg_dump --inserts
file) stores a card number only when a row holds a Luhn-valid one in the card column, and a security code only
when a row holds a 3-4 digit code beside a real card; an INSERT ... SELECT (a data migration) that gives every
card column '' or NULL stores nothing. scanner.code.records asks `stores_nothing` for each storage match, with
the match's file lines; values written by the program (placeholders, expressions) are never judged here.
"""

from __future__ import annotations

import re

from scanner.code.mask import is_card_number
from scanner.code.vocabulary import classify

_INSERT = re.compile(r"(?is)\binsert\s+(?:ignore\s+)?into\s+[\w.`\"\[\]]+\s*\(([^)]*)\)\s*values\s*(.*?)(?:;|$)")
_STATEMENT = 500  # lines of one dumped INSERT read at most
# one SQL literal: a quoted string ('' escapes), a number or NULL; anything else (?, $1, :name, %s, a call) is code
_LITERAL = re.compile(r"\s*('(?:[^']|'')*'|-?\d+(?:\.\d+)?|(?i:null|true|false))\s*(,|\))")


def _literal_rows(values: str) -> list[list[str]] | None:
    """The rows of a VALUES list made only of literals, each value unquoted; None when any value is not a literal
    (a placeholder or an expression: the row's data comes from the program)."""
    rows: list[list[str]] = []
    rest = values.strip()
    while rest.startswith("("):
        row: list[str] = []
        pos = 1
        while True:
            m = _LITERAL.match(rest, pos)
            if not m:
                return None
            row.append(m.group(1).strip("'").replace("''", "'"))
            pos = m.end()
            if m.group(2) == ")":
                break
        rows.append(row)
        rest = rest[pos:].lstrip().lstrip(",").lstrip()
    return rows or None


def _statement(lines: list[str], first: int) -> str:
    """The SQL statement opening on line `first`, up to the line that ends it: mysqldump and pg_dump --inserts
    may write the header `INSERT INTO t (...) VALUES` on one line and each row on its own below it."""
    end = next((n for n in range(first, min(len(lines), first + _STATEMENT)) if lines[n].rstrip().endswith(";")),
               first)
    return "\n".join(lines[first:end + 1])


def _dump_rows_without_card(kind: str, text: str) -> bool:
    """An INSERT of literal rows (a seed or a dump) where no row carries what the finding says: no Luhn-valid card
    number in the card column (NULL, '', a digit run failing Luhn), or no 3-4 digit code beside a real card."""
    m = _INSERT.search(text)
    rows = _literal_rows(m.group(2)) if m else None
    if not m or rows is None:
        return False
    kinds = [classify(c.strip(" `\"[]")) for c in m.group(1).split(",")]
    numbers = [i for i, k in enumerate(kinds) if k & {"card_number", "card_number_bare"}]
    codes = [i for i, k in enumerate(kinds) if k & {"security_code", "security_code_bare"}]

    def card(row: list[str]) -> bool:
        digits = [re.sub(r"[\s-]", "", row[i]) for i in numbers if i < len(row)]
        return any(d.isdigit() and is_card_number(d) for d in digits)

    if kind == "card_number":
        return bool(numbers) and not any(card(row) for row in rows)
    return bool(codes) and not any(any(i < len(row) and re.fullmatch(r"\d{3,4}", row[i]) for i in codes)
                                   and (not numbers or card(row)) for row in rows)


_INSERT_SELECT = re.compile(r"(?is)\binsert\s+into\s+[\w.`\"\[\]]+\s*\(([^)]*)\)\s*select\s+(.*?)\s+from\b")
_NOTHING = re.compile(r"(?i)''|null")


def _select_without_card(kind: str, bare: str, text: str) -> bool:
    """An INSERT ... SELECT (a data migration) that writes an empty string or NULL into every card column the
    finding is about: the column is filled with nothing, whatever its name."""
    m = _INSERT_SELECT.search(text)
    if not m:
        return False
    exprs, depth, part = [], 0, ""
    for ch in m.group(2):  # the select list, split on its top-level commas
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            exprs.append(part.strip())
            part = ""
        else:
            part += ch
    exprs.append(part.strip())
    wanted = {kind, bare}
    cols = [i for i, c in enumerate(m.group(1).split(",")) if classify(c.strip(" `\"[]\n")) & wanted]
    return bool(cols) and all(i < len(exprs) and _NOTHING.fullmatch(exprs[i]) for i in cols)


def stores_nothing(kind: str, bare: str, lines: list[str], first: int) -> bool:
    """Whether the statement opening on line `first` (0-based) is literal SQL storing none of `kind`/`bare`."""
    text = _statement(lines, first)
    return _dump_rows_without_card(kind, text) or _select_without_card(kind, bare, text)


__all__ = ["stores_nothing"]
