"""Runs the semgrep CLI and reads its JSON: the only module that knows either. One invocation covers every
rule directory and target, offline (no metrics, no version check, no registry), with `--jobs` matched to
the cores. The process is started in the background (`start`) so the caller can do other work, such as
the card-literal pass, while it runs; `finish` waits and turns the JSON into plain `Match` records and
error lines. A run that cannot produce results raises ScanFailure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from scanner.code import ignores
from scanner.errors import ScanFailure

_SEVERITY = {"ERROR": "high", "WARNING": "medium", "INFO": "low", "CRITICAL": "critical", "HIGH": "high",
             "MEDIUM": "medium", "LOW": "low", "INVENTORY": "info", "EXPERIMENT": "info"}


@dataclass(frozen=True)
class Match:
    rule_id: str
    path: Path  # absolute
    line: int
    end_line: int
    column: int
    message: str
    severity: str  # our scale: info..critical
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Outcome:
    matches: tuple[Match, ...]
    errors: tuple[str, ...]  # non-fatal: a file that did not parse, a rule that timed out on a file
    scanned: int
    timing: dict[str, Any] = field(default_factory=dict)


@dataclass
class Running:
    proc: subprocess.Popen[bytes]
    cwd: Path
    out_file: Path
    err_file: Path
    command: list[str]


def find_semgrep() -> str:
    """semgrep from the scanner's own environment first (a venv not on PATH), then PATH."""
    local = Path(sys.executable).parent / "semgrep"
    if local.is_file() and os.access(local, os.X_OK):
        return str(local)
    found = shutil.which("semgrep")
    if not found:
        raise ScanFailure("semgrep is not installed: pip install semgrep (it is a dependency of compliance-scanner)")
    return found


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env.update(SEMGREP_ENABLE_VERSION_CHECK="0", SEMGREP_SEND_METRICS="off")
    return env


def base_command() -> list[str]:
    # The Python-side schema check of the rules costs seconds per run and semgrep-core parses and checks
    # every rule again anyway (tests/code/test_semgrep_rules.py validates the packaged ones).
    return [find_semgrep(), "scan", "--metrics=off", "--disable-version-check", "--quiet", "--oss-only",
            "--x-no-python-schema-validation"]


def pack(directory: Path, dest: Path) -> Path:
    """Every rule file of `directory` as one JSON rule file at `dest`. semgrep spends about 8 s of CPU reading
    the packaged rules as 74 YAML files and well under one reading the same rules as one JSON document, and it
    pays that on every run, however small the target. Only our own rules are packed: a user's rule files are
    handed over as they are, so semgrep's messages about them name the user's file."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    rules: list[Any] = []
    for path in sorted(p for p in directory.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()):
        if any(part.startswith(".") for part in path.relative_to(directory).parts):
            continue  # semgrep skips hidden paths of a config directory too
        rules += (yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}).get("rules") or []
    dest.write_text(json.dumps({"rules": rules}), encoding="utf-8")
    return dest


def start(configs: list[Path], root: Path, targets: list[str], excludes: list[str], jobs: int,
          time_rules: bool = False, rule_timeout_s: int = 30, packed: Sequence[Path] = ()) -> Running:
    """Start one semgrep run over `targets` (relative to `root`, which is also the project root that
    .gitignore and .semgrepignore are read from). Configs listed in `packed` are directories handed to
    semgrep as one JSON file (see `pack`)."""
    tmp = Path(tempfile.mkdtemp(prefix="cs-semgrep-"))
    out_file, err_file = tmp / "out.json", tmp / "stderr.txt"
    configs = [pack(c, tmp / f"rules{n}.json") if c in packed else c for n, c in enumerate(configs)]
    if tmp.is_relative_to(root):
        excludes = [*excludes, f"/{tmp.relative_to(root).as_posix()}/"]
    cmd = [*base_command(), f"--jobs={jobs}", f"--timeout={rule_timeout_s}", "--json", f"--json-output={out_file}",
           "--project-root", "."]
    cmd += [a for c in configs for a in ("--config", str(c))]
    # (semgrep's own .semgrepignore handling would skip every vendor/ directory: scanner.code.ignores decides)
    cmd += [ignores.FLAG, *(a for e in (*excludes, *ignores.excludes(root, tuple(targets))) for a in ("--exclude", e))]
    if time_rules:
        cmd.append("--time")
    cmd += ["--", *targets]
    with open(os.devnull, "wb") as devnull, open(err_file, "wb") as err:
        proc = subprocess.Popen(cmd, cwd=root, env=environment(), stdout=devnull, stderr=err)
    return Running(proc, root, out_file, err_file, cmd)


def _error_line(err: dict[str, Any], cwd: Path) -> str:
    where = err.get("path") or (err.get("spans") or [{}])[0].get("file") or ""
    message = " ".join(str(err.get("message") or err.get("type") or "error").split())
    if where:
        where = os.path.relpath(cwd / where, cwd) if not os.path.isabs(where) else where
        return f"{where}: {message[:300]}"
    return message[:300]


def _match(raw: dict[str, Any], cwd: Path, paths: dict[str, Path]) -> Match:
    extra = raw.get("extra", {})
    meta = dict(extra.get("metadata") or {})
    severity = str(meta.get("severity_level") or _SEVERITY.get(str(extra.get("severity", "")).upper(), "medium"))
    # A rule from a config directory gets the directory's dotted path as a prefix; the id is the last part.
    rule_id = str(raw.get("check_id", "")).rsplit(".", 1)[-1]
    # One resolve per file, not per match: a large tree has tens of thousands of matches in a few thousand
    # files, and each resolve is a system call per path component.
    path = paths.get(raw["path"])
    if path is None:
        path = paths[raw["path"]] = (cwd / raw["path"]).resolve()
    return Match(rule_id, path, int(raw["start"]["line"]), int(raw["end"]["line"]),
                 int(raw["start"].get("col", 1)), str(extra.get("message", "")).strip(), severity, meta)


def finish(run: Running, timeout: float | None = None) -> Outcome:
    try:
        code = run.proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        run.proc.kill()
        run.proc.wait()
        raise ScanFailure(f"semgrep did not finish within {timeout:.0f} s") from None
    stderr = run.err_file.read_text(encoding="utf-8", errors="replace").strip()
    try:
        data = json.loads(run.out_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        last = stderr.splitlines()[-1] if stderr else f"exit code {code}"
        raise ScanFailure(f"semgrep failed without output: {last}") from None
    finally:
        shutil.rmtree(run.out_file.parent, ignore_errors=True)
    paths: dict[str, Path] = {}
    matches = tuple(_match(r, run.cwd, paths) for r in data.get("results", []))
    errors = tuple(_error_line(e, run.cwd) for e in data.get("errors", []))
    fatal = [e for e in data.get("errors", []) if str(e.get("level", "")).lower() in ("error", "fatal")
             and not e.get("path") and e.get("type") != "Timeout"]
    outcome = Outcome(matches, errors, len(data.get("paths", {}).get("scanned", [])), data.get("time") or {})
    if code not in (0, 1) or fatal:
        reason = errors[0] if errors else (stderr.splitlines()[-1] if stderr else f"exit code {code}")
        raise SemgrepFailed(f"semgrep failed (exit {code}): {reason}", outcome)
    return outcome


class SemgrepFailed(ScanFailure):
    """semgrep exited with an error; `outcome` keeps whatever it reported before failing."""

    def __init__(self, message: str, outcome: Outcome) -> None:
        super().__init__(message)
        self.outcome = outcome
