"""Files semgrep has no language for by their name (scanner.code.aliases): a Rails rake task and a Drupal install
file are scanned as Ruby and PHP by the real semgrep, and their findings carry the original path and lines."""

from __future__ import annotations

from pathlib import Path

from scanner.code import scan_code
from scanner.code.aliases import stage
from scanner.config import CodeConfig


def test_rake_task_and_drupal_install_file_are_scanned(tmp_path: Path) -> None:
    (tmp_path / "lib" / "tasks").mkdir(parents=True)
    (tmp_path / "lib" / "tasks" / "export.rake").write_text(
        "namespace :export do\n"
        "  task held_cards: :environment do\n"
        "    CSV.open(Rails.root.join(\"tmp/held.csv\"), \"w\") do |csv|\n"
        "      csv << %w[booking card_number]\n"
        "      CardHold.find_each do |h|\n"
        "        csv << [h.booking_id, h.card_number]\n"
        "      end\n"
        "    end\n"
        "  end\n"
        "end\n", encoding="utf-8")
    (tmp_path / "plotkeeper.install").write_text(
        "<?php\n"
        "function plotkeeper_schema() {\n"
        "  $schema['plotkeeper_payment'] = [\n"
        "    'fields' => [\n"
        "      'card_number' => ['type' => 'varchar', 'length' => 19, 'not null' => TRUE],\n"
        "    ],\n"
        "  ];\n"
        "  return $schema;\n"
        "}\n", encoding="utf-8")
    # an include of another language is not taken for PHP
    (tmp_path / "defs.inc").write_text("card_number equ 16\n", encoding="utf-8")
    result = scan_code(CodeConfig(paths=[tmp_path]), None)
    found = {(f.path, f.line, f.category) for f in result.code_findings}
    assert ("lib/tasks/export.rake", 6, "card_number_storage") in found
    assert any(p == "plotkeeper.install" and c == "card_number_storage" for p, _, c in found)
    assert not any(p.endswith((".rb", ".php", ".inc")) for p, _, _ in found)


def test_nothing_staged_without_alias_files(tmp_path: Path) -> None:
    (tmp_path / "app.rb").write_text("puts 1\n", encoding="utf-8")
    (tmp_path / "notes.inc").write_text("; not php\n", encoding="utf-8")
    assert stage([tmp_path / "app.rb", tmp_path / "notes.inc"], tmp_path) is None
