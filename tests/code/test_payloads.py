"""Where a multi-line match is reported (scanner.code.payloads.refocus): a mass-assignable column list written on
several lines is reported on the line that names the card column, where a reader of the model sees it."""

from __future__ import annotations

from pathlib import Path

from scanner.code.filelines import FileLines
from scanner.code.payloads import refocus
from scanner.code.semgrep import Match

_MODEL = ("<?php\nclass WorkshopBooking extends Model\n{\n    protected array $fillable = [\n"
          "        'customer_id', 'seats', 'card_token',\n        'card_last4', 'card_number', 'card_cvc',\n    ];\n}\n")


def _match(path: Path, rule: str, category: str) -> Match:
    return Match(rule, path, 4, 7, 5, "m", "critical", {"category": category})


def test_a_column_list_on_several_lines_is_reported_at_the_card_column(tmp_path: Path) -> None:
    path = tmp_path / "WorkshopBooking.php"
    path.write_text(_MODEL, encoding="utf-8")
    moved = refocus((_match(path, "card-number-eloquent-fillable", "card_number_storage"),
                     _match(path, "card-security-code-eloquent-fillable", "card_security_code_storage"),
                     _match(path, "card-number-laravel-migration", "card_number_storage")), FileLines())
    # (another rule's match keeps its line)
    assert [m.line for m in moved] == [6, 6, 4]


def test_values_hashed_by_an_app_helper_are_no_personal_payload() -> None:
    from scanner.code.payloads import payload_line
    lines = ['requests.post(url, json={"em": [sha256_normalised(applicant.email)], "ph": [hash_phone(applicant.phone)]})',
             'requests.post(url, json={"em": [applicant.email]})']
    assert payload_line(lines, 0, lines[0][lines[0].index("("):]) is None
    assert payload_line(lines, 1, lines[1][lines[1].index("("):]) is not None
