"""The record gate for card storage matches (scanner.code.records) and the one-finding-per-statement rule of
`to_findings`: ambiguous names (acct_number, cid, security_code, verification_value) stay only in a record
about payment cards, not beside a bank account, not typed as an integer; a record named for another kind of
card drops its matches; the rule test files' lines that semgrep matches and the gate must drop (marked
"the record gate ... drops it") are dropped, and their `ruleid:` lines holding only ambiguous names stay."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scanner.code import to_findings
from scanner.code.records import Sources, gate, keep
from scanner.code.semgrep import Match
from scanner.code.vocabulary import classify, words
from scanner.code.walk import iter_files
from scanner.resources import rules_dir

NUMBER, CODE = "card_number_storage", "card_security_code_storage"


def _match(category: str, line: int, end: int | None = None, rule: str = "r", path: Path = Path("x")) -> Match:
    return Match(rule, path, line, end or line, 1, "m", "critical", {"category": category})


@pytest.mark.parametrize(("category", "text", "line", "kept"), [
    (NUMBER, "class Mandate(Base):\n  card_expiry = Column(String(5))\n  acct_number = Column(String(19))", 3, True),
    (NUMBER, "class Payout(Base):\n  routing_number = Column(String(9))\n  account_number = Column(String(19))", 3,
     False),
    (NUMBER, "class Payout(Base):\n  owner = Column(String)\n  account_number = Column(String(19))", 3, False),
    (CODE, "create table orders (\n cid INT,\n card_last4 varchar(4)\n)", 2, False),
    (CODE, "create table payment_cards (\n pan varchar(19),\n cid varchar(4)\n)", 3, True),
    (CODE, "type Card struct {\n Pan string\n Cid int64\n}", 3, False),
    (CODE, "class Card {\n String pan;\n Long cid;\n}", 3, False),
    (CODE, "class Card {\n String pan;\n String cid;\n}", 3, True),
    (CODE, "class User {\n  email: string\n  verificationCode: string\n}", 3, False),
    # the card table above does not lend its context to the next record
    (CODE, "class Card {\n String pan;\n}\nclass Login {\n String verificationCode;\n}", 5, False),
    # one-line DDL: the statement itself names the card
    (CODE, "$this->addSql('CREATE TABLE hold (id INT NOT NULL, card_number VARCHAR(19), security_code VARCHAR(4))');",
     1, True),
    # another kind of card: its code and number are not payment card data
    (CODE, "export const GiftCard = define('GiftCard', {\n  cardCode: { type: STRING(16) },\n})", 2, False),
    (NUMBER, "create_table :gift_cards do |t|\n  t.string :card_number\nend", 2, False),
    # a table named for a club card that keeps a cardholder and an expiry keeps the card a membership is billed from
    (NUMBER, "CREATE TABLE kiln_club_cards (\n  cardholder TEXT,\n  pan VARCHAR(19),\n  expiry CHAR(5)\n);", 3, True),
    (NUMBER, "CREATE TABLE club_cards (\n  holder TEXT,\n  card_number VARCHAR(19),\n  valid_until DATE\n);", 3, False),
    # schema.rb: a key-card table above does not make the next table's card column another kind of card
    (NUMBER, 'create_table "key_cards", force: :cascade do |t|\n  t.string "card_serial", limit: 20\nend\n\n'
     'create_table "pledges", force: :cascade do |t|\n  t.string "card_number", limit: 19, null: false\nend', 6, True),
    (CODE, "create_table :gift_cards do |t|\n  t.string :pin\nend\ncreate_table :pledges do |t|\n  t.string :card_code, "
     "limit: 4\nend", 5, True),
    (CODE, "class PaymentCard {\n  cardNumber: string\n  cardCode: string\n}", 3, True),
    (NUMBER, "class User {\n  email: string\n  cardNumber: string\n}", 3, True),
    # a column too small for a card number: a camera's pan angle, a count
    (NUMBER, "class Lesson(Model):\n    camera_pan = SmallIntegerField(default=0)\n", 2, False),
    (NUMBER, 'migrate(\n    migrator.add_column("lesson", "camera_pan", SmallIntegerField(default=0)),\n)', 2, False),
    (NUMBER, "create table cards (\n pan tinyint,\n card_number bigint\n)", 2, False),
    (NUMBER, "create table cards (\n pan tinyint,\n card_number bigint\n)", 3, True),
    # a stored value wiped, not written; a property declared with an empty default is still a column
    (NUMBER, "db.execute(\"UPDATE bookings SET card_number = '' WHERE token IS NOT NULL\")", 1, False),
    (CODE, "Card.where(id: ids).update_all(card_cvv: nil)", 1, False),
    (CODE, "class PaymentCard\n{\n    private ?string $cvv = null;\n}", 3, True),
])
def test_keep(category: str, text: str, line: int, kept: bool) -> None:
    assert keep(_match(category, line), text.splitlines()) is kept


def _span(lines: list[str], line: int) -> tuple[int, int]:
    """A decorated declaration is matched from its decorator line to the field."""
    return line, line + 1 if lines[line - 1].lstrip().startswith("@") else line


def _annotated(kind: str) -> list[tuple[str, Path, int]]:
    """(category, file, code line) of the rule test files' lines of one kind: `gated` (semgrep matches, the
    gate drops) or `bare` (`ruleid:` on a line whose only card name is an ambiguous one)."""
    out = []
    for category in (NUMBER, CODE):
        for path in sorted((rules_dir() / "semgrep" / category).iterdir()):
            if path.suffix in (".yaml", ".yml"):
                continue
            lines = path.read_text(encoding="utf-8").splitlines()
            strict = "card_number" if category == NUMBER else "security_code"
            for n, line in enumerate(lines[:-1]):
                if kind == "gated" and "record gate" in line:
                    out.append((category, path, n + 3))
                elif kind == "bare" and "ruleid:" in line and "record gate" not in lines[n - 1]:
                    names = [classify(t) for t in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", lines[n + 1])]
                    if any(f"{strict}_bare" in k for k in names) and not any(strict in k for k in names):
                        out.append((category, path, n + 2))
    return out


def test_rule_files_gated_lines_are_dropped() -> None:
    gated = _annotated("gated")
    assert len(gated) >= 8
    for category, path, line in gated:
        lines = path.read_text(encoding="utf-8").splitlines()
        assert not keep(_match(category, *_span(lines, line)), lines), (path.name, line)


def test_rule_files_bare_positives_stay() -> None:
    bare = _annotated("bare")
    assert len(bare) >= 5
    for category, path, line in bare:
        lines = path.read_text(encoding="utf-8").splitlines()
        assert keep(_match(category, *_span(lines, line)), lines), (path.name, line)


def test_one_finding_per_statement(tmp_path: Path) -> None:
    src = tmp_path / "Card.java"
    src.write_text("class Card {\n  @Column(name = \"pan\")\n  private String pan;\n  private String cardNo;\n}\n")
    matches = (
        _match(NUMBER, 2, 3, "annotation-rule", src),  # the annotation and the field
        _match(NUMBER, 3, 3, "field-rule", src),  # the field line alone
        _match(NUMBER, 3, 3, "other-rule", src),  # the same line again
        _match(NUMBER, 4, 4, "field-rule", src),  # another field: stays
        _match("card_data_logging", 3, 3, "log-rule", src),  # another category: stays
    )
    found = to_findings(matches, tmp_path)
    assert [(f.line, f.category, f.rule_id) for f in found] == [
        (3, NUMBER, "field-rule"), (3, "card_data_logging", "log-rule"), (4, NUMBER, "field-rule")]
    assert words("cardNo") == ["card", "no"]


def test_write_through_a_model_that_encrypts_the_field(tmp_path: Path) -> None:
    models, controllers = tmp_path / "app" / "models", tmp_path / "app" / "controllers"
    models.mkdir(parents=True)
    controllers.mkdir(parents=True)
    (models / "payment_card.ts").write_text(
        "export default class PaymentCard extends BaseModel {\n  @column({\n"
        "    prepare: (value: string) => encryption.encrypt(value),\n  })\n  declare cardNumber: string\n}\n")
    (models / "no_show_fee.ts").write_text(
        "export default class NoShowFee extends BaseModel {\n  @column()\n  declare cardNumber: string\n}\n")
    src = controllers / "cards.ts"
    src.write_text("await PaymentCard.create({ cardNumber: n })\nawait NoShowFee.create({ cardNumber: n })\n")

    def write(line: int, model: str) -> Match:
        message = f"'cardNumber' is written to the database through the model '{model}' and holds a full card number"
        return Match("card-number-generic-js-model-write", src, line, line, 1, message, "critical",
                     {"category": NUMBER})

    def sources(excludes: list[str]) -> Sources:
        index = Sources()
        for path in iter_files(tmp_path, excludes):
            index.add(path)
        return index

    found = to_findings(gate((write(1, "PaymentCard"), write(2, "NoShowFee")), sources([])), tmp_path)
    assert [(f.path, f.line) for f in found] == [("app/controllers/cards.ts", 2)]
    # the model files come from the scanner's walk: a model the scan ignores (.gitignore, excludes) exempts nothing
    (tmp_path / ".gitignore").write_text("app/models/payment_card.ts\n")
    found = to_findings(gate((write(1, "PaymentCard"), write(2, "NoShowFee")), sources([])), tmp_path)
    assert [(f.path, f.line) for f in found] == [("app/controllers/cards.ts", 1), ("app/controllers/cards.ts", 2)]


@pytest.mark.parametrize(("category", "row", "kept"), [
    # a seed or dump row: only a Luhn-valid number in the card column is a stored card number
    (NUMBER, "INSERT INTO wallet (owner_id, card_number, exp) VALUES (1, '4111 1111 1111 1111', '01/29');", True),
    (NUMBER, "INSERT INTO wallet (owner_id, card_number, exp) VALUES (1, NULL, '01/29');", False),
    (NUMBER, "INSERT INTO wallet (owner_id, card_number, exp) VALUES (1, '', '01/29'), (2, '4111111111111112', 'x');",
     False),
    (NUMBER, "INSERT INTO wallet (owner_id, card_number) VALUES (1, ''), (2, '5500005555555559');", True),
    (NUMBER, "INSERT INTO wallet (owner_id, card_number) VALUES (1, 'def50200ab'), (2, 'x-y');", False),
    # the program's own values (placeholders, expressions) are not judged
    (NUMBER, "INSERT INTO wallet (owner_id, card_number) VALUES (?, ?)", True),
    (NUMBER, "INSERT INTO wallet (owner_id, card_number) VALUES (1, upper(:pan))", True),
    # a code is stored when the row carries a 3-4 digit code beside a real card (or no card column at all)
    (CODE, "INSERT INTO wallet (card_number, cvv) VALUES ('4111111111111111', '123');", True),
    (CODE, "INSERT INTO wallet (card_number, cvv) VALUES ('4111111111111112', '123');", False),
    (CODE, "INSERT INTO wallet (card_number, cvv) VALUES ('4111111111111111', '');", False),
    (CODE, "INSERT INTO wallet (token, cvv) VALUES ('tok_1', '0123');", True),
])
def test_literal_rows_without_card_data_are_dropped(category: str, row: str, kept: bool) -> None:
    assert keep(_match(category, 1), [row]) is kept


def test_dump_rows_below_their_insert_header_are_read() -> None:
    # mysqldump with one row per line: the header line alone says nothing of the values
    header = "INSERT INTO `cards` (`id`, `holder`, `card_number`, `expiry`) VALUES"
    encrypted = [header, "(1,'A N OTHER','eyJpdiI6IkR4c2F6bE1OcE5w','07/26'),", "(2,'B','eyJpdiI6IkE5','01/27');"]
    assert keep(_match(NUMBER, 1), encrypted) is False
    assert keep(_match(NUMBER, 1), [header, "(1,'A','4111 1111 1111 1111','07/26');"]) is True
    # a statement left open (no closing semicolon in reach) is judged on its header line only, and kept
    assert keep(_match(NUMBER, 1), [header]) is True


@pytest.mark.parametrize(("category", "kept"), [(CODE, False), (NUMBER, True)])
def test_insert_select_of_an_empty_value_stores_nothing(category: str, kept: bool) -> None:
    # a data migration copying legacy rows: the code column is given '' while the number column is copied
    lines = ["INSERT INTO rent_cards", "    (tenancy_id, holder, card_number, card_last4, card_cvv, is_default)",
             "SELECT t.id, l.payer, l.card_no, RIGHT(l.card_no, 4), '', TRUE", "FROM legacy l",
             "JOIN tenancies t ON t.ref = l.ref;"]
    assert keep(_match(category, 1), lines) is kept
