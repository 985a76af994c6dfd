"""A logged value's string form asked for explicitly (scanner.code.strlogs), judged by the class summaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.code.classes import Summary
from scanner.code.filelines import FileLines
from scanner.code.strlogs import CARD_RULE, PII_RULE, StringForms, values

_MODELS = {
    "shop/models.py": (
        "from dataclasses import dataclass\n\n"
        "@dataclass\nclass Customer:\n    id: int\n    email: str\n    phone: str\n\n"
        "@dataclass\nclass Order:\n    id: int\n    total: int\n\n"
        "@dataclass\nclass SavedCard:\n    id: int\n    card_number: str\n    cvv: str\n"),
}


def _scan(tmp_path: Path, code: str, files: dict[str, str] | None = None) -> list[tuple[str, int]]:
    """(rule, line) of the string forms logged in `code` (shop/views.py beside the models), or over `files`."""
    summary, forms = Summary(), StringForms()
    for rel, text in (files or {**_MODELS, "shop/views.py": code}).items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        summary.observe(rel, text, "")
        forms.observe(rel, path, text, "")
    return [(m.rule_id, m.line) for m in forms.matches(summary, FileLines())]


@pytest.mark.parametrize("call", [
    'log.info("created", customer=str(customer))',
    'logger.info(f"created {customer}")',
    'logger.warning("created %s", repr(customer))',
])
def test_personal_string_form_logged(tmp_path: Path, call: str) -> None:
    assert _scan(tmp_path, f"def create(customer):\n    {call}\n") == [(PII_RULE, 2)]


def test_card_string_form_logged(tmp_path: Path) -> None:
    assert _scan(tmp_path, "def retry(saved_card):\n    logger.error(f'retry {saved_card}')\n") == [(CARD_RULE, 2)]


@pytest.mark.parametrize("call", [
    'log.info("created", order=str(order))',
    'log.info("created %s", customer.id)',
    'log.info("created", customer=str(unknown_thing))',
    'print(str(customer))',
])
def test_quiet_string_forms(tmp_path: Path, call: str) -> None:
    assert _scan(tmp_path, f"def create(customer, order, unknown_thing):\n    {call}\n") == []


@pytest.mark.parametrize(("said", "names"), [
    ('log.Debug("customer record", zap.Stringer("customer", c))', ["c", "customer"]),
    ("Log::info('booked', ['client' => \"{$client}\"]);", ["client"]),
    ('logger.info("signed", student: student.inspect)', ["student"]),
    ("logger.info(`renter ${renter}`)", ["renter"]),
    ('log.info("a {} b", guest.toString())', ["guest"]),
    ("logger.info(`renter ${renter.id}`)", []),
    # a bare object formatted into the message: its string form
    ("$this->logger->notice(sprintf('welcome %s', $customer));", ["customer"]),
    ('log.info(String.format("quote %s for %s", quote.getId(), customer));', ["customer"]),
    ('logger.info("x", { a: 1 })', []),
])
def test_values_written_in_their_string_form(said: str, names: list[str]) -> None:
    assert [n for _, found in values(said) for n in found] == names


def test_a_long_generated_line_takes_linear_time(tmp_path: Path) -> None:
    """A base64 line of many kilobytes (an inlined source map) is no log call and is read fast."""
    import time

    blob = "//# sourceMappingURL=data:application/json;base64," + "eyJ2ZXJzaW9uIjozLCJuYW1lcyI6WyJjYXJk" * 2000
    start = time.process_time()
    assert _scan(tmp_path, f"def create(customer):\n    pass\n{blob}\n") == []
    assert time.process_time() - start < 5


def test_php_to_string_interpolated_or_concatenated(tmp_path: Path) -> None:
    summary, forms = Summary(), StringForms()
    files = {
        "app/Models/Player.php": "<?php\nclass Player extends \\DB\\SQL\\Mapper\n{\n    public function __toString(): string\n"
                                 "    {\n        return sprintf('%s <%s>', $this->parent_name, $this->email);\n    }\n}\n"
                                 "class Party extends \\DB\\SQL\\Mapper\n{\n    public function __toString(): string\n"
                                 "    {\n        return 'party#' . $this->id;\n    }\n}\n",
        "app/Controllers/Parties.php": "<?php\nLogger::channel('parties')->info(\"booked for {$player}\");\n"
                                       "$log->info('synced ' . $player . ' ok');\n$log->info(\"party {$party}\");\n",
    }
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        summary.observe(rel, text, "")
        forms.observe(rel, path, text, "")
    assert [(m.rule_id, m.line) for m in forms.matches(summary, FileLines())] == [(PII_RULE, 2), (PII_RULE, 3)]


def test_typescript_class_with_its_own_to_string(tmp_path: Path) -> None:
    files = {
        "src/models/Customer.ts": ("export class Customer extends Model {\n  declare id: number;\n  declare email: string;\n"
                                   "  toString(): string {\n    return `Customer#${this.id} <${this.email}>`;\n  }\n}\n"),
        "src/routes/customers.ts": ("const customer = await Customer.create(input);\n"
                                    "logger.info(`new tenant ${customer}`);\nlogger.info(`tenant ${customer.id}`);\n"),
    }
    assert _scan(tmp_path, "", files) == [(PII_RULE, 2)]
