"""The CI recipes (GitHub Actions workflow, GitLab CI file, pre-commit hook) are checked for structure, and
every `compliance-scan` command line they contain is parsed by the real CLI parser, so a renamed flag or
subcommand breaks these tests instead of a user's pipeline. File names the recipes upload must be the
names the report formats really write."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from scanner.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
GITHUB = ROOT / "examples" / "github-actions" / "compliance.yml"
GITLAB = ROOT / "examples" / "gitlab-ci.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _commands(script: str) -> list[list[str]]:
    """Every compliance-scan invocation in a shell script, as argv without the program name."""
    found = []
    for line in script.splitlines():
        # only where a command starts: line start, after ; && || |, or after then/do (not inside echo text)
        for match in re.finditer(r"(?:^\s*|[;&|]\s*|\b(?:then|do)\s+)compliance-scan\s+([^;&|\n]+)", line):
            found.append(shlex.split(match.group(1)))
    return found


def _parse(argv: list[str]) -> Any:
    try:
        return build_parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on an unknown flag or subcommand
        pytest.fail(f"compliance-scan {' '.join(argv)}: rejected by the CLI parser (exit {exc.code})")


def _filename(fmt: str) -> str | None:
    from reports.formats import get_format

    try:
        return get_format(fmt).filename
    except ImportError:  # that format's module has not landed yet
        return None


def _github() -> dict[str, Any]:
    data = _load(GITHUB)
    assert isinstance(data, dict)
    return data


def _steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    steps = job["steps"]
    assert isinstance(steps, list) and steps
    return steps


def test_github_workflow_structure() -> None:
    data = _github()
    on = data.get("on", data.get(True))  # YAML 1.1 reads a bare `on` key as the boolean true
    assert on is not None, "workflow has no `on` triggers"
    assert on["schedule"][0]["cron"].count(" ") == 4
    assert "pull_request" in on and "push" in on
    assert set(data["jobs"]) == {"scheduled-scan", "code-rules", "release-gate"}
    for name, job in data["jobs"].items():
        assert job["runs-on"], name
        assert "if" in job, f"{name} must say which event runs it"
        for step in _steps(job):
            assert ("uses" in step) != ("run" in step), f"{name}: a step needs exactly one of uses/run: {step}"
    assert data["jobs"]["code-rules"]["permissions"]["security-events"] == "write"


def test_github_commands_parse_and_cover_the_three_jobs() -> None:
    jobs = _github()["jobs"]
    seen: dict[str, list[Any]] = {}
    for name, job in jobs.items():
        for step in _steps(job):
            for argv in _commands(step.get("run", "")):
                seen.setdefault(name, []).append(_parse(argv))
    assert {a.command for a in seen["scheduled-scan"]} == {"run", "diff"}
    assert [a.command for a in seen["code-rules"]] == ["code"]
    assert [a.command for a in seen["release-gate"]] == ["run"]
    code = seen["code-rules"][0]
    assert "sarif" in code.formats


def test_github_uploads_the_files_the_scanner_writes() -> None:
    jobs = _github()["jobs"]
    code_job = jobs["code-rules"]
    code_args = next(_parse(argv) for s in _steps(code_job) for argv in _commands(s.get("run", "")))
    upload = next(s for s in _steps(code_job) if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    sarif = _filename("sarif")
    if sarif is not None:
        assert upload["with"]["sarif_file"] == f"{code_args.out}/{sarif}"

    scheduled = _steps(jobs["scheduled-scan"])
    runs = [_parse(argv) for s in scheduled for argv in _commands(s.get("run", ""))]
    scan = next(a for a in runs if a.command == "run")
    diff = next(a for a in runs if a.command == "diff")
    assert str(diff.new) == f"{scan.out}/result.json", "the diff must compare against this run's result"
    artifact = next(s for s in scheduled if s.get("uses", "").startswith("actions/upload-artifact"))
    paths = artifact["with"]["path"].split()
    assert f"{scan.out}/result.json" in paths
    assert f"{diff.out}/" in paths, "the diff (diff.md, diff.json) must be uploaded"
    html = _filename("html")
    if html is not None:
        assert f"{scan.out}/{html}" in paths
    markdown = _filename("markdown")
    if markdown is not None:
        summary = "\n".join(s.get("run", "") for s in scheduled)
        assert f"{scan.out}/{markdown}" in summary and "GITHUB_STEP_SUMMARY" in summary
        assert f"{diff.out}/diff.md" in summary


def test_gitlab_ci_structure_and_commands() -> None:
    data = _load(GITLAB)
    assert data["stages"] == ["compliance"]
    jobs = {k: v for k, v in data.items() if k.startswith("compliance:")}
    assert set(jobs) == {"compliance:code", "compliance:scheduled", "compliance:gate"}
    junit = _filename("junit")
    for name, job in jobs.items():
        assert job["extends"] == ".scanner"
        assert job["rules"], f"{name} must say which pipelines run it"
        assert isinstance(job["script"], list) and job["script"]
        argvs = [argv for line in job["script"] for argv in _commands(line)]
        assert argvs, f"{name} runs no compliance-scan command"
        parsed = [_parse(argv) for argv in argvs]
        if junit is not None:
            out = next(a.out for a in parsed if a.command in ("run", "code"))
            assert job["artifacts"]["reports"]["junit"] == f"{out}/{junit}"
    assert data[".scanner"]["stage"] == "compliance"


def test_pre_commit_hook_runs_the_code_rules_on_the_staged_files() -> None:
    hooks = _load(HOOKS)
    assert isinstance(hooks, list) and len(hooks) == 1
    hook = hooks[0]
    for key in ("id", "name", "entry", "language"):
        assert hook[key], key
    assert hook["entry"] == "compliance-scan code"
    assert hook["pass_filenames"] is True
    assert hook["language"] == "python"
    # pre-commit appends the staged file names after entry and args.
    argv = shlex.split(hook["entry"])[1:] + hook["args"] + ["app/models.py", "web/server.js"]
    args = _parse(argv)
    assert args.command == "code"
    assert [str(p) for p in args.paths] == ["app/models.py", "web/server.js"]
    assert args.fail_on_findings == "low", "a hook that never fails would let findings through"


@pytest.mark.semgrep
def test_pre_commit_hook_fails_on_a_violation_and_passes_safe_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """The hook's own command line, on staged files from the demo's source tree: a file that logs an email
    address is refused with a path:line line; a form object that never persists card data passes."""
    from scanner.cli import main

    hook = _load(HOOKS)[0]
    prefix = shlex.split(hook["entry"])[1:] + hook["args"]
    source = ROOT / "scanner" / "demo" / "shop-src"
    staged = tmp_path / "repo"  # staged files of a throwaway repository, passed by name as pre-commit does
    staged.mkdir()
    for name, rel in (("views.py", "backend/orders/views.py"), ("CardForm.java", "payments/src/main/java/shop/payments/CardForm.java")):
        (staged / name).write_text((source / rel).read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(staged)  # the hook writes its reports relative to the repository it runs in
    assert main([*prefix, "views.py"]) == 1
    out = capsys.readouterr().out
    assert re.search(r"views\.py:\d+: \w+: pii_logging: ", out), out
    assert main([*prefix, "CardForm.java"]) == 0
    assert capsys.readouterr().out.strip() == ""
