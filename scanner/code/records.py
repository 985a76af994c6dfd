"""Record context for card storage matches. Some column names are card data only in a record about cards: an
`acct_number` beside a card expiry, a bare `cid` or `security_code` in a payment_cards table, a `card_code` of
a PaymentCard model; the same names elsewhere are a bank account, a customer id, an e-mail code or a gift
card's printed code. The storage rules match these names in every declaration form they know (vocabulary
types `card_number_bare` and `security_code_bare`), and this pass, which sees the lines around a match, keeps
such a match only when the record around it names a payment card (a `card`/`cc` word outside another kind of
card, or a clear card-data name), not a bank account, and the column is not declared as an integer or a
foreign key (`cid INT` is a customer). A match on a record named for another kind of card (GiftCard, key_card)
is dropped whatever its name (a gift card's number is not a PAN) unless the record also names a cardholder and an
expiry: a kiln_club_cards table or a ClubCard record with cardholder, pan, expiry and cvc keeps the payment card
a membership is billed from, whatever the membership is called. Only the
matched file's lines are read, once per file, and only for storage matches.
"""

from __future__ import annotations

import re
from pathlib import Path

from scanner.code import sqlrows
from scanner.code.filelines import FileLines
from scanner.code.semgrep import Match
from scanner.code.typeforms import payment_fields
from scanner.code.vocabulary import classify, vocabulary, words

# the vocabulary type each storage category is about (also read by scanner.code.payloads)
STORED_KIND = {"card_number_storage": "card_number", "card_security_code_storage": "security_code"}
_BARE = {"card_number_storage": "card_number_bare", "card_security_code_storage": "security_code_bare"}
_STRICT = {"card_number", "security_code"}
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# How far a record's other columns and its name may sit from the match (a long table or class).
_ABOVE, _BELOW = 40, 15
# A line that opens a record or a statement about one: a class, struct or record, a table definition, an
# INSERT/UPDATE, a model define/create call, a function. The record around a match runs from the nearest opener at or
# above it to the next one below, so a card table does not lend its context to the user table after it.
_OPENER = re.compile(
    r"(?i)(?:^|[\s(\"'`;])(?:class|struct|record|interface|model|entity)\s+[A-Za-z_]\w*"
    r"|\btype\s+\w+\s+struct\b|^\s*(?:func|def|function|fn|sub)\s|\bcreate\s+(?:temporary\s+)?table\b|\binsert\s+(?:ignore\s+)?into\b"
    r"|\bupdate\s+[\w.`\"\[\]]+\s+set\b|<createTable\b"
    r"|\b(?:define|create_table|createTable|Schema::create|table|Table|pgTable|mysqlTable|sqliteTable|create|changeset)\s*\("
    # Rails schema.rb and migrations, Sequel: the table opens without a bracket (create_table "payments", ...)
    r"|\bcreate_table!?\s+[:\"']")
_COMMENT = re.compile(r"^\s*(?:#|//|--|/?\*|<!--)")  # prose about cards is no card column
_BANK = {"bank", "iban", "routing", "ach", "swift", "bic", "aba"}
# An integer or key type declared right after the name (cid INT, "cid", Integer, Cid int64, cid: number) or
# right before it (Long cid): a customer or record id, not a code or a card number.
_INT_TYPE = (r"(?i:(?:big|small|tiny|positive|unsigned)?_?int(?:eger|32|64|8|16)?(?:field)?\b|u?int\b|serial|bigserial"
             r"|number\b|uuid|foreign|references|increments)")
# Column types that cannot hold a 13-19 digit card number: 8/16/32-bit integers, booleans, floats, dates.
_SMALL_TYPE = (r"(?i:(?:small|tiny|medium|positive_?small|positive)?_?int(?:eger)?(?:8|16|32)?(?:field)?\b"
               r"|bool(?:ean)?(?:field)?\b|float|double|real\b|date)")
# A property declared with an empty default (`private ?string $cvv = null;`) is a column, not a wipe.
_DECLARED = re.compile(r"\b(?:private|public|protected|var|let|const|val|readonly|declare|static)\b|@")
_EMPTY = r"(?:''|\"\"|(?i:null|none|nil)\b)"


def _typed(name: str, text: str, types: str) -> bool:
    """Whether `name` is declared with one of `types` right after it: `name = Type(`, `"name", Type`, `name TYPE`,
    `name: {type: 'Type'}`."""
    n = re.escape(name)
    return bool(re.search(rf"\b{n}\b[\"'`]?\s*[:=,]?\s*[({{]?\s*(?:type\s*[:=]\s*[\"']?)?(?:\w+\.)*{types}", text))


def _too_small(name: str, text: str) -> bool:
    """`pan = SmallIntegerField()`, `add_column("lesson", "pan", SmallIntegerField(...))`, `pan TINYINT`: a camera
    pan angle or a count, not a card number."""
    return _typed(name, text, _SMALL_TYPE)


def _cleared(name: str, text: str) -> bool:
    """`SET card_number = ''`, `card_number: nil`, `'cvv' => null`: the stored value is being wiped, not written."""
    n = re.escape(name)
    return any(re.search(rf"\b{n}\b[\"'`]?\s*(?:=>|[:=])\s*{_EMPTY}", line) and not _DECLARED.search(line)
               for line in text.splitlines())


class Sources:
    """The tree's source files that may declare a model, by normalised stem (payment_card for PaymentCard.ts).
    Filled from the scanner's shared walk (scanner.code.walk: .gitignore, .semgrepignore, excludes), so a model
    file the scan ignores exempts nothing."""

    def __init__(self) -> None:
        self._by_stem: dict[str, list[Path]] = {}

    def add(self, path: Path) -> None:
        if path.suffix in _SOURCES:
            self._by_stem.setdefault("_".join(words(path.stem)), []).append(path)

    def named(self, folder: Path, stem: str) -> list[Path]:
        return [p for p in self._by_stem.get(stem, []) if p.is_relative_to(folder)]


def _idents(lines: list[str]) -> list[str]:
    return [t for line in lines for t in _IDENT.findall(line)]


def _payment_card(ws: list[str], not_payment: tuple[str, ...]) -> bool:
    return any(w in ("card", "cards", "cc", "creditcard", "cardholder") and not (i and ws[i - 1] in not_payment)
               for i, w in enumerate(ws))


def _payment_fields(lines: list[str]) -> bool:
    """Whether the record's lines name both a cardholder and an expiry (cardholder, expiry)."""
    return payment_fields(t for line in lines if not _COMMENT.match(line) for t in _IDENT.findall(line))


def _record_kind(lines: list[str], not_payment: tuple[str, ...]) -> str | None:
    """The kind of the nearest card record named above (GiftCard, payment_cards): "other", "payment" or None."""
    for line in reversed(lines):
        if _COMMENT.match(line):
            continue
        for t in reversed(_IDENT.findall(line)):
            ws = words(t)
            if len(ws) >= 2 and ws[-1] in ("card", "cards"):
                return "other" if ws[-2] in not_payment else "payment"
    return None


def keep(match: Match, lines: list[str]) -> bool:
    """Whether a storage match stands, given its file's lines."""
    category = str(match.metadata.get("category", ""))
    if category not in STORED_KIND or not lines:
        return True
    not_payment = vocabulary().not_payment
    first, last = match.line - 1, min(match.end_line, match.line + 3)
    top = next((n for n in range(first, max(0, first - _ABOVE) - 1, -1) if _OPENER.search(lines[n])),
               max(0, first - _ABOVE))
    bottom = next((n for n in range(last, min(len(lines), last + _BELOW)) if _OPENER.search(lines[n])),
                  min(len(lines), last + _BELOW))
    # a column of a record named for another kind of card: GiftCard.cardCode, gift_cards.card_number
    if _record_kind(lines[top:last], not_payment) == "other" and not _payment_fields(lines[top:bottom]):
        return False
    if first < len(lines) and sqlrows.stores_nothing(STORED_KIND[category], _BARE[category], lines, first):
        return False
    matched = _idents(lines[first:last])
    kinds = [classify(t) for t in matched]
    text = "\n".join(lines[first:last])
    names = [t for t, k in zip(matched, kinds, strict=True) if k & {STORED_KIND[category], _BARE[category]}]
    if names and all(_cleared(n, text) or (category == "card_number_storage" and _too_small(n, text)) for n in names):
        return False
    if any(STORED_KIND[category] in k for k in kinds):
        return True
    if not any(_BARE[category] in k for k in kinds):
        return True  # matched by something other than its name (a whole card object): not ours to judge
    for name in (t for t, k in zip(matched, kinds, strict=True) if _BARE[category] in k):
        n = re.escape(name)
        if _typed(name, text, _INT_TYPE) or re.search(rf"(?i:\b(?:int|integer|long|bigint|int64|int32|uuid)\s+){n}\b", text):
            return False
        # a security code has three or four digits: a longer declared size is some other code (an OTP)
        sizes = re.findall(rf"\b{n}\b.*?(?:(?:size|length|limit|max_?length|maxLength|max)\b[\"']?\s*(?:=>|[:=])\s*"
                           rf"|\(\s*)(\d+)\b", text)
        if category == "card_security_code_storage" and sizes and 4 < int(sizes[0]) < 1000:
            return False
    # the nearest line naming a payment card must be nearer than the nearest naming a bank account
    card = bank = None
    for number in range(top, max(bottom, last)):
        if _COMMENT.match(lines[number]):
            continue
        distance = 0 if first <= number < last else min(abs(number - first), abs(number - last + 1))
        for ws in (words(t) for t in _IDENT.findall(lines[number])):
            if not ws:
                continue
            if _payment_card(ws, not_payment) or classify("_".join(ws)) & _STRICT:
                card = distance if card is None else min(card, distance)
            if any(w in _BANK for w in ws) or "sort_code" in "_".join(ws):
                bank = distance if bank is None else min(bank, distance)
    if card is None:
        return False
    return category != "card_number_storage" or bank is None or card <= bank


_WRITE = re.compile(r"^'(?P<field>\w+)' is written to the database through the model '(?:[\w.]*\.)?(?P<model>\w+)'")
_SOURCES = (".ts", ".js", ".mjs", ".py")


def encrypted_by_model(match: Match, files: FileLines, sources: Sources) -> bool:
    """A card number written through a model (Model.create({cardNumber})) whose declaration, in a file named
    for the model up to three directories above, encrypts that field on write (a Lucid `prepare` or TypeORM
    `transformer` calling encrypt, an EncryptedType column): the stored value is ciphertext."""
    m = _WRITE.match(match.message)
    if not m or match.metadata.get("category") != "card_number_storage":
        return False
    stem, field = "_".join(words(m.group("model"))), m.group("field")
    for parent in list(match.path.parents)[:4]:
        for path in sources.named(parent, stem):
            lines = files.lines(path)
            for n, line in enumerate(lines):
                if re.search(rf"\b{re.escape(field)}\b", line) and \
                        any("encrypt" in x.lower() for x in lines[max(0, n - 6):n + 1]):
                    return True
    return False


def gate(matches: tuple[Match, ...], sources: Sources, files: FileLines | None = None) -> tuple[Match, ...]:
    files = files or FileLines()
    return tuple(m for m in matches
                 if str(m.metadata.get("category", "")) not in STORED_KIND
                 or (keep(m, files.lines(m.path)) and not encrypted_by_model(m, files, sources)))
