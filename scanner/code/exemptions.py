"""Cross-file encryption exemptions: a card-number column declared in a schema file (Rails db/schema.rb or a
migration, a Laravel migration, db/structure.sql) is not stored in clear when the model that owns the table
encrypts that column with a recognised framework mechanism declared in another file: Rails Active Record
encryption (`encrypts :card_number`, same column, ciphertext), Sequel's `column_encryption` plugin
(`enc.column :pan` in the model, the migration's `String :pan` holds ciphertext) or a Laravel `encrypted` /
`encrypted:<type>` / `AsEncrypted*::class` cast (in `$casts` or `casts()`; a CodeIgniter 4 entity's `$casts`
naming an `encrypted` handler reads the same, its forge migration's field too). Semgrep rules see one file at a time, so this post-pass
collects the declarations per project (the path before its app/ db/ database/ directory), resolves each
model's table (explicit `table_name` / `$table`, else the framework's plural of the class name), and moves
the matching card_number_storage findings into `CodeExemption` records that say what exempted them. Security
code findings never leave: PCI DSS 3.3.2 forbids storing a CVV after authorisation even encrypted. Gems that
keep ciphertext in another column (attr_encrypted, Lockbox `has_encrypted`) are not recognised on purpose: a
plain `card_number` column beside them is still clear text. SQL INSERTs are not exempted either: they bypass
the model's encryption.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from scanner.code.vocabulary import classify
from scanner.model import CodeExemption, CodeFinding

CATEGORY = "card_number_storage"
_PROJECT_DIRS = frozenset({"app", "db", "database", "lib", "models"})
_MECHANISM = {"rails": "Rails Active Record encryption (encrypts)", "sequel": "Sequel column_encryption plugin",
              "laravel": "Laravel encrypted cast", "codeigniter": "CodeIgniter 4 entity cast to an encrypting handler"}
_FAMILY = {"rails": "ruby", "sequel": "ruby", "laravel": "laravel", "codeigniter": "laravel"}  # a Ruby migration may feed either ORM

_RB_CLASS = re.compile(r"^\s*class\s+([A-Z]\w*(?:::[A-Z]\w*)*)\s*<\s*([\w:]+)", re.M)
_RB_TABLE = re.compile(r"^\s*self\.table_name\s*=\s*[\"':]?(\w+)", re.M)
_RB_ENCRYPTS = re.compile(r"^\s*encrypts[\s(]+((?:\s*:\w+\s*,)*\s*:\w+)", re.M)
_SEQ_DATASET = re.compile(r"Sequel::Model\(\s*:(\w+)|^\s*set_dataset[\s(]+:(\w+)", re.M)
_SEQ_PLUGIN = re.compile(r"^\s*plugin[\s(]+:column_encryption\b", re.M)
_SEQ_ENC_COLUMN = re.compile(r"^\s*\w+\.column[\s(]+:(\w+)", re.M)
_PHP_CLASS = re.compile(r"^\s*(?:final\s+|abstract\s+)*class\s+(\w+)\s+extends\s+[\w\\]+", re.M)
_PHP_TABLE = re.compile(r"protected\s+\$table\s*=\s*['\"](\w+)['\"]")
_PHP_CASTS = re.compile(r"\$casts\s*=\s*(?:\[|array\s*\()|function\s+casts\s*\(\s*\)[^{]*\{\s*return\s*(?:\[|array\s*\()")
_PHP_ENC_CAST = re.compile(
    r"(['\"])(\w+)\1\s*=>\s*(?:(['\"])encrypted(?::[\w\\]+)?\3|\\?(?:[\w\\]*\\)?AsEncrypted(?:ArrayObject|Collection)::class)")

_RB_COLUMN = re.compile(r"^\s*\w+\.(?!index\b|references\b)\w+[\s(]+[:\"'](\w+)")
_RB_ADD_COLUMN = re.compile(r"^\s*(?:add_column|change_column)[\s(]+[:\"'](\w+)[\"']?\s*,\s*[:\"'](\w+)")
_RB_TABLE_BLOCK = re.compile(r"^\s*(?:\w+\.)?(?:create_table[?!]?|change_table|alter_table)[\s(]+[:\"'](\w+)")
# Sequel's schema generator: `String :pan, size: 19`, `column :pan, String`, `add_column :pan, String`
_SEQ_COLUMN = re.compile(r"^\s*(?:String|Integer|Bignum|BigDecimal|Numeric|File|column|add_column|set_column_type)[\s(]+:(\w+)")
_PHP_COLUMN = re.compile(r"\$\w+->\w+\(\s*['\"](\w+)['\"]")
_PHP_TABLE_BLOCK = re.compile(r"Schema::(?:create|table)\(\s*['\"](\w+)['\"]")
# CodeIgniter 4 forge fields ('fleet_pan' => ['type' => 'TEXT']) and the createTable call that follows them; an
# entity's $casts naming a cast handler that encrypts reads like a Laravel encrypted cast.
_CI4_FIELD = re.compile(r"^\s*['\"](\w+)['\"]\s*=>\s*(?:\[|array\s*\()\s*['\"]type['\"]\s*=>")
_CI4_ENTITY = re.compile(r"\$castHandlers\b|\bextends\s+\\?(?:CodeIgniter\\Entity\\)?Entity\b")
_CI4_TABLE = re.compile(r"->createTable\(\s*['\"](\w+)['\"]")
_PHP_FILLABLE = re.compile(r"\$fillable\s*=\s*(?:\[|array\s*\()([^\])]*)")
_SQL_COLUMN = re.compile(r"^\s*(?:ADD\s+(?:COLUMN\s+)?)?[`\"\[]?(\w+)[`\"\]]?\s+\w", re.I)
_SQL_TABLE = re.compile(r"\b(?:CREATE\s+TABLE(?:\s+IF\s+NOT\s+EXISTS)?|ALTER\s+TABLE(?:\s+ONLY)?)\s+"
                        r"(?:[`\"\[]?\w+[`\"\]]?\.)?[`\"\[]?(\w+)", re.I)


@dataclass(frozen=True)
class Encryption:
    """One column a model declares encrypted."""

    framework: str  # rails | laravel
    project: str
    table: str
    column: str
    path: str
    line: int


def project_of(rel_path: str) -> str:
    """The part of the path before its first app/, db/ or database/ directory ('' at the root)."""
    parts = rel_path.split("/")[:-1]
    for i, part in enumerate(parts):
        if part in _PROJECT_DIRS:
            return "/".join(parts[:i])
    return "/".join(parts)


def plural_table(class_name: str) -> str:
    """Rails' and Laravel's default table: the snake_case plural of the class name (regular English)."""
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", class_name.split("::")[-1]).lower()
    irregular = {"person": "people", "man": "men", "woman": "women", "child": "children"}
    head, _, last = snake.rpartition("_")
    if last in irregular:
        last = irregular[last]
    elif re.search(r"[^aeiou]y$", last):
        last = last[:-1] + "ies"
    elif re.search(r"(s|x|z|ch|sh)$", last):
        last += "es"
    else:
        last += "s"
    return f"{head}_{last}" if head else last


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _classes(text: str, pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    """(class name, class body) for each class in the file; a body runs to the next class."""
    found = list(pattern.finditer(text))
    return [(m.group(1), text[m.start():found[i + 1].start() if i + 1 < len(found) else len(text)])
            for i, m in enumerate(found)]


def declarations(text: str, rel_path: str) -> list[Encryption]:
    """The encrypted columns a Ruby (Active Record, Sequel) or PHP model file declares (empty otherwise)."""
    if "encrypt" not in text and "Encrypt" not in text:
        return []
    out: list[Encryption] = []
    project = project_of(rel_path)
    if rel_path.endswith(".rb"):
        base = 0
        for name, body in _classes(text, _RB_CLASS):
            base = text.index(body, base)
            table = _RB_TABLE.search(body)
            for m in _RB_ENCRYPTS.finditer(body):
                for column in re.findall(r":(\w+)", m.group(1)):
                    out.append(Encryption("rails", project, table.group(1) if table else plural_table(name), column,
                                          rel_path, _line_of(text, base + m.start(1))))
            plugin = _SEQ_PLUGIN.search(body)
            if plugin:
                dataset = _SEQ_DATASET.search(body)
                seq_table = (dataset.group(1) or dataset.group(2)) if dataset else plural_table(name)
                block = body[plugin.end():_block_end(body, plugin.end())]
                for m in _SEQ_ENC_COLUMN.finditer(block):
                    out.append(Encryption("sequel", project, seq_table, m.group(1), rel_path,
                                          _line_of(text, base + plugin.end() + m.start(1))))
    elif rel_path.endswith(".php"):
        base = 0
        for name, body in _classes(text, _PHP_CLASS):
            base = text.index(body, base)
            table = _PHP_TABLE.search(body)
            for casts in _PHP_CASTS.finditer(body):
                end = _closing(body, casts.end())
                for m in _PHP_ENC_CAST.finditer(body, casts.end(), end):
                    framework = "codeigniter" if _CI4_ENTITY.search(body) else "laravel"
                    out.append(Encryption(framework, project, table.group(1) if table else plural_table(name),
                                          m.group(2), rel_path, _line_of(text, base + m.start())))
    return out


def _block_end(text: str, start: int) -> int:
    """Where the Ruby block opened on the line at `start` (do ... end or { ... }) closes: the first `end` or `}`
    at the indentation of that line or less."""
    line_start = text.rfind("\n", 0, start) + 1
    indent = len(text[line_start:start]) - len(text[line_start:start].lstrip())
    m = re.compile(rf"^[ \t]{{0,{indent}}}(?:end\b|\}})", re.M).search(text, text.find("\n", start) + 1)
    return m.start() if m else len(text)


def _closing(text: str, start: int) -> int:
    """The offset of the bracket closing the array that starts just before `start`."""
    depth = 1
    for i in range(start, len(text)):
        if text[i] in "[(":
            depth += 1
        elif text[i] in "])":
            depth -= 1
            if depth == 0:
                return i
    return len(text)


# A record write in application code (Model.create(pan: ...), new PaymentCard(['cc_number' => ...])): the model
# named at or up to a few lines above the finding, the card-number keys on its line.
_RB_WRITE = re.compile(r"\b([A-Z]\w*(?:::[A-Z]\w*)*)\.(?:create!?|new|insert|update!?|find_or_create_by!?|first_or_create!?)\b")
_RB_ASSOCIATION = re.compile(r"\b[a-z_]\w*\.(?:create_(?P<one>\w+?)!?\(|(?P<many>[a-z_]+s)\.create!?\()")
_PHP_WRITE = re.compile(r"(?:\bnew\s+\\?(?:\w+\\)*([A-Z]\w*)\s*\(|\b([A-Z]\w*)::(?:create|firstOrCreate|updateOrCreate)\s*\()")
_KEY = {".rb": re.compile(r"\b(\w+):\s"), ".php": re.compile(r"['\"](\w+)['\"]\s*=>")}


def _write_target(lines: list[str], index: int, suffix: str) -> tuple[str, str | None, list[str]] | None:
    columns = [c for c in _KEY[suffix].findall(lines[index]) if "card_number" in classify(c)]
    if not columns:
        return None
    pattern = _RB_WRITE if suffix == ".rb" else _PHP_WRITE
    for line in reversed(lines[max(0, index - 8):index + 1]):
        if suffix == ".rb" and (a := _RB_ASSOCIATION.search(line)):
            # guardian.create_membership!(...): the Membership model; guardian.party_bookings.create!(...): its table
            one, many = a.group("one"), a.group("many")
            return "ruby", plural_table("".join(w.capitalize() for w in one.split("_"))) if one else many, columns
        m = pattern.search(line)
        if m:
            # CodeIgniter/Yii name the model class FleetCardModel for the fleet_cards table
            model = re.sub(r"(?<=[a-z0-9])Model$", "", next(g for g in m.groups() if g))
            return ("ruby" if suffix == ".rb" else "laravel"), plural_table(model), columns
    return None


def _target(lines: list[str], finding: CodeFinding) -> tuple[str, str | None, list[str]] | None:
    """(framework, table, columns) of a schema or model finding, or None when it is not one we can tie to
    a model (wrong category, a SQL INSERT, application code)."""
    index = finding.line - 1
    if index >= len(lines):
        return None
    line = lines[index]
    before = reversed(lines[:index])
    suffix = Path(finding.path).suffix
    written = _write_target(lines, index, suffix) if suffix in _KEY else None
    if written:
        return written
    if finding.path.endswith(".rb"):
        added = _RB_ADD_COLUMN.match(line)
        if added:
            return "ruby", added.group(1), [added.group(2)]
        column = _RB_COLUMN.match(line) or _SEQ_COLUMN.match(line)
        table = next((m.group(1) for m in map(_RB_TABLE_BLOCK.match, before) if m), None)
        return ("ruby", table, [column.group(1)]) if column else None
    if finding.path.endswith(".php"):
        fillable = _PHP_FILLABLE.search("\n".join(lines[index:index + 20]))
        if fillable:
            names = re.findall(r"['\"](\w+)['\"]", fillable.group(1))
            cls = next((m.group(1) for m in map(_PHP_CLASS.match, before) if m), None)
            table = _PHP_TABLE.search("\n".join(lines))
            return ("laravel", table.group(1) if table else plural_table(cls) if cls else None,
                    [n for n in names if "card_number" in classify(n)])
        forge = _CI4_FIELD.match(line)
        if forge:  # CodeIgniter 4: $this->forge->addField([...]) then createTable('x') below it
            table = next((m.group(1) for m in map(_CI4_TABLE.search, lines[index:index + 40]) if m), None)
            return "laravel", table, [forge.group(1)]
        column = _PHP_COLUMN.search(line)
        table = next((m.group(1) for m in map(_PHP_TABLE_BLOCK.search, before) if m), None)
        return ("laravel", table, [column.group(1)]) if column else None
    if finding.path.endswith(".sql") and not re.search(r"\bINSERT\b", line, re.I):
        column = _SQL_COLUMN.match(line)
        table = next((m.group(1) for m in map(_SQL_TABLE.search, reversed(lines[:index + 1])) if m), None)
        return ("sql", table, [column.group(1)]) if column else None
    return None


def apply(findings: Iterable[CodeFinding], encrypted: Iterable[Encryption], root: Path,
          ) -> tuple[list[CodeFinding], list[CodeExemption]]:
    """Split findings into those kept and those exempted by an encryption declaration."""
    index: dict[tuple[str, str, str], Encryption] = {}
    for enc in encrypted:
        index.setdefault((enc.project, enc.table, enc.column), enc)
    kept: list[CodeFinding] = []
    exempt: list[CodeExemption] = []
    files: dict[str, list[str]] = {}
    for f in findings:
        target = None
        if index and f.category == CATEGORY:
            if f.path not in files:
                try:
                    files[f.path] = (root / f.path).read_text(encoding="utf-8", errors="replace").splitlines()
                except OSError:
                    files[f.path] = []
            target = _target(files[f.path], f)
        framework, table, columns = target or ("", None, [])
        if table is None or not columns:
            kept.append(f)
            continue
        hits = [index.get((project_of(f.path), table, c)) for c in columns]
        found = [h for h in hits if h is not None and framework in (_FAMILY[h.framework], "sql")]
        if len(found) != len(columns):
            kept.append(f)
            continue
        enc = found[0]
        cols = ", ".join(sorted({h.column for h in found}))
        exempt.append(CodeExemption(
            finding=f, mechanism=_MECHANISM[enc.framework], declared_in=f"{enc.path}:{enc.line}",
            reason=f"{table}.{cols} is encrypted by its model ({_MECHANISM[enc.framework]}): the database holds "
                   "ciphertext, not the card number"))
    return kept, exempt


__all__ = ["Encryption", "apply", "declarations", "plural_table", "project_of"]
