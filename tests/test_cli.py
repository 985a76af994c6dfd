"""The CLI contract: subcommands, --help everywhere, named exit codes, one-line errors (in-process), and
one real subprocess run of the installed console script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reports.formats.json_format import JsonFormat
from scanner.cli import main
from scanner.exitcodes import ExitCode
from scanner.model import ScanResult

SUBCOMMANDS = ["crawl", "code", "policy", "run", "demo", "report", "diff"]


def test_exit_code_values() -> None:
    assert [int(c) for c in ExitCode] == [0, 1, 2, 3]


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_help_on_every_subcommand(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    assert f"compliance-scan {command}" in capsys.readouterr().out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("compliance-scan ")


def _one_line_error(capsys: pytest.CaptureFixture[str], needle: str) -> None:
    err = capsys.readouterr().err.strip()
    assert needle in err
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == ExitCode.USAGE
    capsys.readouterr()
    with pytest.raises(SystemExit) as info:
        main(["crawl"])
    assert info.value.code == ExitCode.USAGE
    _one_line_error(capsys, "the following arguments are required: url")
    assert main(["code", str(tmp_path / "missing")]) == ExitCode.USAGE
    _one_line_error(capsys, "missing: no such file or directory")
    assert main(["crawl", "https://a.test/", "--resolve", "garbage", "--out", str(tmp_path)]) == ExitCode.USAGE
    _one_line_error(capsys, "--resolve 'garbage'")
    assert main(["crawl", "notaurl", "--out", str(tmp_path)]) == ExitCode.USAGE
    _one_line_error(capsys, "crawl: url: must be an http:// or https:// URL")
    assert main(["crawl", "https://a.test/", "--max-pages", "0", "--out", str(tmp_path)]) == ExitCode.USAGE
    _one_line_error(capsys, "max-pages")
    assert main(["policy", str(tmp_path / "nope.md")]) == ExitCode.USAGE
    _one_line_error(capsys, "nope.md: no such file")


def test_bad_config_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "scan.toml"
    cfg.write_text('[site]\nurl = "https://a.test"\nconcurency = 2\n')
    assert main(["run", "--config", str(cfg)]) == ExitCode.USAGE
    _one_line_error(capsys, f"{cfg}:3: site.concurency: unknown key")
    cfg.write_text("")
    assert main(["run", "--config", str(cfg)]) == ExitCode.USAGE
    _one_line_error(capsys, "nothing to scan")
    assert main(["run", "--config", str(tmp_path / "absent.toml")]) == ExitCode.USAGE
    _one_line_error(capsys, "no such configuration file")


@pytest.mark.parametrize("policy, needle", [
    ('path = "empty.md"', "empty.md: the file is empty"),
    ('path = "blob.md"', "blob.md: looks like a binary file"),
    ("max_age_days = 30", "give policy.path or policy.url"),
])
def test_unusable_policy_refused_before_the_other_stages(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        policy: str, needle: str) -> None:
    """The policy stage runs last; its input must be refused before the code scan (or a crawl) is spent."""
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "app.py").write_text("print('hello')\n")
    (tmp_path / "empty.md").write_text("\n")
    (tmp_path / "blob.md").write_bytes(bytes(range(256)) * 8)
    cfg = tmp_path / "scan.toml"
    cfg.write_text(f'[code]\npaths = ["src"]\n[policy]\n{policy}\n')
    out = tmp_path / "out"
    assert main(["run", "--config", str(cfg), "--out", str(out)]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert "code: semgrep" not in err  # the code stage never started
    assert len(err.strip().splitlines()) == 1 and needle in err and "Traceback" not in err
    assert not out.exists()


def test_fail_on_findings_names_paths_as_given(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """pre-commit passes staged files; their findings must name paths the user can open (findings are kept
    relative to the scan root, here app/sub/), in the printed lines and in SARIF."""
    sub = tmp_path / "app" / "sub"
    sub.mkdir(parents=True)
    source = 'import logging\nlogger = logging.getLogger(__name__)\ndef f(request):\n    email = request.POST["email"]\n' \
             '    logger.info("signup %s", email)\n'
    (sub / "v.py").write_text(source)
    (sub / "w.py").write_text(source)
    monkeypatch.chdir(tmp_path)
    code = main(["code", "app/sub/v.py", "app/sub/w.py", "--fail-on-findings", "--quiet", "--format", "sarif", "--out", "out"])
    assert code == ExitCode.GATE_FAILED
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(": ")[0] for line in lines] == ["app/sub/v.py:5", "app/sub/w.py:5"]
    sarif = json.loads((tmp_path / "out" / "results.sarif").read_text())
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]} \
        == {"app/sub/v.py", "app/sub/w.py"}


def test_unwritable_output_directory_is_refused_before_the_scan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An --out that cannot be created ended a finished scan in an internal error, its results lost."""
    taken = tmp_path / "taken"
    taken.write_text("a file, not a directory")
    (tmp_path / "src").mkdir()
    assert main(["code", str(tmp_path / "src"), "--out", str(taken / "sub")]) == ExitCode.USAGE
    _one_line_error(capsys, f"--out {taken / 'sub'}: cannot create the output directory (Not a directory)")
    cfg = tmp_path / "scan.toml"
    cfg.write_text(f'[code]\npaths = ["src"]\n[reports]\nout_dir = "{taken}"\n')
    assert main(["run", "--config", str(cfg)]) == ExitCode.USAGE
    _one_line_error(capsys, f"reports.out_dir {taken}: cannot create the output directory")
    res = tmp_path / "r.json"
    res.write_bytes(JsonFormat().render(ScanResult()))
    assert main(["report", str(res), "--out", str(taken)]) == ExitCode.USAGE
    _one_line_error(capsys, "cannot create the output directory (File exists)")


def test_unreachable_policy_url_is_a_scan_error_with_results_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["policy", "https://unreachable.invalid/privacy", "--quiet", "--out", str(out)]) == ExitCode.SCAN_ERROR
    err = capsys.readouterr().err.strip()
    assert err.startswith("compliance-scan: scan error: policy: cannot fetch https://unreachable.invalid/privacy")
    assert len(err.splitlines()) == 1 and "policy: policy:" not in err
    saved = json.loads((out / "result.json").read_text())
    assert saved["errors"][0]["stage"] == "policy" and saved["gate"]["passed"] is False


def test_report_and_diff_reject_non_results(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "r.json"
    bad.write_text("[1, 2]")
    assert main(["report", str(bad), "--out", str(tmp_path)]) == ExitCode.USAGE
    _one_line_error(capsys, "not a compliance-scanner result")
    assert main(["diff", str(bad), str(bad)]) == ExitCode.USAGE
    _one_line_error(capsys, "r.json")


def test_console_script_subprocess(tmp_path: Path) -> None:
    """Once through a real process: the installed entry point and `python -m scanner` agree."""
    exe = Path(sys.executable).parent / "compliance-scan"
    proc = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("compliance-scan ")
    proc = subprocess.run([sys.executable, "-m", "scanner", "code", str(tmp_path / "nope")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"compliance-scan: code: {tmp_path / 'nope'}: no such file or directory"
