"""Functional tests of the code stage, bandit-style: scan the labelled corpus (tests/apps) through scan_code
and check the findings per category against the labels and a fixed table; run the `code` subcommand in
process on a small tree with ignore files, nosemgrep and a card number; check the error paths."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from scanner.cli import main
from scanner.code import scan_code
from scanner.code.evaluate import comment_labels, reported
from scanner.config import CodeConfig
from scanner.errors import ConfigError, ScanFailure
from scanner.exitcodes import ExitCode
from scanner.model import ScanResult

REPO = Path(__file__).resolve().parents[2]
APPS = REPO / "tests" / "apps"

# Expected findings per category in tests/apps (one per labelled line); update with the corpus labels.
EXPECTED = {
    "pii_logging": 15, "card_number_storage": 12, "card_security_code_storage": 6, "card_data_logging": 8,
    "pii_to_third_party": 11, "insecure_transport": 12, "card_number_literal": 4,
}


@pytest.fixture(scope="module")
def corpus() -> ScanResult:
    return scan_code(CodeConfig(paths=[APPS]), None)


@pytest.mark.semgrep
def test_corpus_counts_per_category(corpus: ScanResult) -> None:
    expected = comment_labels(APPS)
    got = reported(corpus.code_findings, APPS)
    assert Counter(c for _, _, c in expected) == Counter(EXPECTED)
    assert got - expected == set(), "false positives"
    missed = expected - got
    assert missed == set(), f"missed: {sorted(missed)}"
    assert corpus.errors == ()


@pytest.mark.semgrep
def test_corpus_findings_are_complete_and_masked(corpus: ScanResult) -> None:
    for f in corpus.code_findings:
        assert not Path(f.path).is_absolute() and (APPS / f.path).is_file()
        assert f.fingerprint and f.claims and f.cwe and f.message and f.severity in ("info", "low", "medium", "high", "critical")
        assert re.search(r"\d{13,19}", f.snippet.replace(" ", "").replace("-", "")) is None, f.snippet
    prints = [f.fingerprint for f in corpus.code_findings]
    assert len(prints) == len(set(prints))


@pytest.mark.semgrep
def test_cli_code_command_respects_ignores(tmp_path: Path) -> None:
    app = tmp_path / "app"
    (app / "vendor_build").mkdir(parents=True)
    (app / "skipme").mkdir()
    code = 'import logging\nlog = logging.getLogger()\n\ndef f(user):\n    log.info("mail %s", user.email)\n'
    (app / "main.py").write_text(code + '    log.info("again %s", user.email)  # nosemgrep\n')
    (app / "vendor_build" / "lib.py").write_text(code)
    (app / "skipme" / "lib.py").write_text(code)
    (app / "excluded.py").write_text(code)
    (app / "cards.csv").write_text("id,pan\n1,4532015112830366\n")
    (app / ".gitignore").write_text("vendor_build/\n")
    (app / ".semgrepignore").write_text("skipme/\n")
    out = tmp_path / "out"
    assert main(["code", str(app), "--out", str(out), "--exclude", "excluded.py", "--quiet"]) in (ExitCode.OK, ExitCode.GATE_FAILED)
    result = json.loads((out / "result.json").read_text())
    found = sorted((f["path"], f["line"], f["category"]) for f in result["code_findings"])
    assert found == [("cards.csv", 2, "card_number_literal"), ("main.py", 5, "pii_logging")]
    assert "4532015112830366" not in (out / "result.json").read_text()


def test_missing_path_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        scan_code(CodeConfig(paths=[tmp_path / "nope"]), None)


@pytest.mark.semgrep
def test_semgrep_failure_keeps_partial_results(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "broken.yaml").write_text("rules:\n  - id: broken\n    pattern: [unclosed\n")
    app = tmp_path / "app"
    app.mkdir()
    (app / "cards.csv").write_text("1,4532015112830366\n")
    with pytest.raises(ScanFailure) as info:
        scan_code(CodeConfig(paths=[app], rule_dirs=[rules]), None)
    assert "semgrep" in str(info.value)
    assert info.value.partial is not None
    assert [f.category for f in info.value.partial.code_findings] == ["card_number_literal"]
