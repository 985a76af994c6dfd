"""The code stage's error paths with the real CLI and the real semgrep: a missing path is one line and exit 2;
semgrep killed mid-scan or past its time limit is exit 3 (or ScanFailure) with the card-literal findings kept
and written; binary, UTF-16, Latin-1 and oversized files and a megabyte-long line of card numbers neither
crash nor stall the literal detector."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest
from proctree import descendants, read
from pydantic import ValidationError

from scanner.cli import main
from scanner.code import scan_code, semgrep
from scanner.code.literals import MAX_PER_FILE, scan_files, scan_text
from scanner.config import CodeConfig
from scanner.errors import ScanFailure
from scanner.exitcodes import ExitCode

CARD = "4532015112830366"


def _app(tmp_path: Path) -> Path:
    app = tmp_path / "app"
    app.mkdir()
    (app / "cards.csv").write_text(f"id,pan\n1,{CARD}\n")
    (app / "main.py").write_text('import logging\n\ndef f(user):\n    logging.info("mail %s", user.email)\n')
    return app


def _kill_semgrep_core_when_it_scans(done: threading.Event, killed: list[str]) -> None:
    deadline = time.monotonic() + 300
    while not done.is_set() and time.monotonic() < deadline:
        for pid in descendants():
            cmd = read(pid, "cmdline")
            if "semgrep-core" in cmd and " -rules " in cmd:
                os.kill(pid, signal.SIGKILL)
                killed.append(cmd)
                return
        time.sleep(0.05)


def test_missing_path_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no-such-app"
    assert main(["code", str(missing), "--out", str(tmp_path / "out"), "--quiet"]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(missing) in err and "Traceback" not in err
    assert not (tmp_path / "out" / "result.json").exists()


@pytest.mark.semgrep
def test_semgrep_killed_mid_scan_is_exit_3_with_literals_kept(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    app, out = _app(tmp_path), tmp_path / "out"
    done, killed = threading.Event(), list[str]()
    killer = threading.Thread(target=_kill_semgrep_core_when_it_scans, args=(done, killed))
    killer.start()
    try:
        code = main(["code", str(app), "--out", str(out), "--quiet"])
    finally:
        done.set()
        killer.join()
    assert killed, "semgrep-core was never seen scanning"
    assert code == ExitCode.SCAN_ERROR
    err = capsys.readouterr().err
    assert "semgrep" in err and "Traceback" not in err
    result = json.loads((out / "result.json").read_text())
    assert [(f["path"], f["category"]) for f in result["code_findings"]] == [("cards.csv", "card_number_literal")]
    assert any("semgrep" in e["message"] for e in result["errors"])
    assert CARD not in (out / "result.json").read_text()


@pytest.mark.semgrep
def test_semgrep_past_its_time_limit_is_killed(tmp_path: Path) -> None:
    app = _app(tmp_path)
    run = semgrep.start([Path(__file__).resolve().parents[2] / "rules" / "semgrep"], app, ["."], [], 1)
    with pytest.raises(ScanFailure, match="did not finish within"):
        semgrep.finish(run, timeout=0.5)
    assert run.proc.poll() is not None


@pytest.mark.semgrep
def test_per_rule_file_limit_from_the_config_reaches_semgrep(tmp_path: Path) -> None:
    # semgrep's own 5 s (wall clock) fired on big real files whenever the machine was busy, and three timeouts
    # make it skip the file for every rule; the default is wider and the config can change it.
    assert CodeConfig().rule_timeout_s == 30
    app = _app(tmp_path)
    run = semgrep.start([Path(__file__).resolve().parents[2] / "rules" / "semgrep"], app, ["."], [], 1,
                        rule_timeout_s=CodeConfig(rule_timeout_s=0).rule_timeout_s)
    assert "--timeout=0" in run.command
    assert semgrep.finish(run).errors == ()  # semgrep took the option (a bad one is exit 2, a ScanFailure)
    with pytest.raises(ValidationError):
        CodeConfig(rule_timeout_s=-1)


@pytest.mark.semgrep
def test_code_timeout_from_the_config_fails_the_stage_and_keeps_literals(tmp_path: Path) -> None:
    app = _app(tmp_path)
    with pytest.raises(ScanFailure, match="did not finish within") as info:
        scan_code(CodeConfig(paths=[app], timeout_s=0.2))
    partial = info.value.partial
    assert partial is not None and [f.category for f in partial.code_findings] == ["card_number_literal"]


@pytest.mark.semgrep
def test_odd_files_neither_crash_nor_hide_cards(tmp_path: Path) -> None:
    app = _app(tmp_path)
    (app / "blob.bin").write_bytes(b"\0\x01\x02" + CARD.encode() + bytes(range(256)) * 64)
    (app / "export.txt").write_bytes(f"name\tpan\nAnn\t{CARD}\n".encode("utf-16"))  # BOM + UTF-16LE
    (app / "legacy.py").write_bytes(f"# Caf\xe9 \xab card \xbb\nPAN = '{CARD}'\n".encode("latin-1"))
    (app / "broken.py").write_bytes(b"def f(:\n    \xff\xfe\x00 pass\n")
    (app / "huge.log").write_bytes(b"x" * (21 * 1024 * 1024))  # over the 20 MB read limit: skipped
    result = scan_code(CodeConfig(paths=[app]), None)
    literals = sorted((f.path, f.line) for f in result.code_findings if f.category == "card_number_literal")
    assert literals == [("cards.csv", 2), ("export.txt", 2), ("legacy.py", 2)]
    assert ("main.py", 4) in {(f.path, f.line) for f in result.code_findings}
    assert all(CARD not in f.snippet + f.message for f in result.code_findings)


def test_a_long_line_of_card_numbers_is_capped_and_linear() -> None:
    line = f"{CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]}, " * 100_000  # 2 MB, one line
    start = time.process_time()
    findings = scan_text(line, "dump.json")
    assert time.process_time() - start < 30  # quadratic per-match line scans took minutes here
    assert len(findings) == MAX_PER_FILE
    assert f"{100_000 - MAX_PER_FILE} more card-number literals" in findings[-1].message


def test_unreadable_and_vanished_files_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(f"{CARD}\n")
    gone = tmp_path / "gone.csv"
    assert [f.path for f in scan_files([gone, tmp_path / "a.csv", tmp_path], tmp_path)] == ["a.csv"]
