"""Whole-file guards of the logging taint rules. A guard is a `pattern-regex` put first in a taint rule's
sources: a file it does not match gets no source search, so it must be a necessary condition of the rule's
sinks (semgrep computes no prefilter for a taint rule whose source is a bare `$SRC`). These tests hold it to
that: every `ruleid:` case of a guarded rule in the rule's test file (a few lines around the annotation) must
contain a call the guard accepts, so
a sink added without its call in the guard fails here instead of silently finding nothing on real code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

RULES = Path(__file__).resolve().parents[2] / "rules" / "semgrep"
MARK = "tests/code/test_taint_guards.py"
GUARD = re.compile(r"^\s*- pattern-regex: '(\(\?s\)\\A\(\?=\.\*\?.*\)\.\+)'\s*$", re.M)
BEFORE, AFTER = 5, 6  # lines around an annotation: a bound logger set up above, a call spanning lines


def _guarded() -> list[tuple[Path, str, str]]:
    found: list[tuple[Path, str, str]] = []
    for rule_file in sorted(RULES.rglob("*.yaml")):
        text = rule_file.read_text(encoding="utf-8")
        for block in re.split(r"\n  - id: ", text)[1:]:
            if MARK not in block:
                continue
            rule_id = block.split("\n", 1)[0].strip()
            guards = {g.replace("''", "'") for g in GUARD.findall(block)}
            assert len(guards) == 1, f"{rule_file.name} {rule_id}: expected one guard, found {len(guards)}"
            found.append((rule_file, rule_id, guards.pop()))
    return found


def _body(guard: str) -> re.Pattern[str]:
    """The guard's condition `(?s)\\A(?=.*?X).+` as a search for X."""
    inner = guard[len("(?s)\\A(?=.*?"):-len(").+")]
    return re.compile("(?s)" + inner)


def _cases(rule_file: Path, rule_id: str) -> list[tuple[str, str]]:
    cases: list[tuple[str, str]] = []
    for test_file in sorted(rule_file.parent.glob(rule_file.stem + ".*")):
        if test_file.suffix == ".yaml":
            continue
        lines = test_file.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            match = re.search(r"ruleid:\s*(.+)$", line)
            if match and rule_id in [r.strip() for r in match.group(1).split(",")]:
                cases.append((f"{test_file.name}:{i + 2}", "\n".join(lines[max(0, i - BEFORE):i + 1 + AFTER])))
    return cases


GUARDED = _guarded()


def test_the_logging_taint_rules_are_guarded() -> None:
    ids = {rule_id for _, rule_id, _ in GUARDED}
    langs = ("python", "javascript", "java", "ruby", "php", "go")
    assert {f"{kind}-logging-{lang}" for kind in ("pii", "card-data") for lang in langs} <= ids


@pytest.mark.parametrize(("rule_file", "rule_id", "guard"), GUARDED, ids=[g[1] for g in GUARDED])
def test_every_positive_case_passes_the_guard(rule_file: Path, rule_id: str, guard: str) -> None:
    body = _body(guard)
    cases = _cases(rule_file, rule_id)
    assert cases, f"{rule_id}: no ruleid: cases beside {rule_file.name}"
    missed = [where for where, text in cases if not body.search(text)]
    assert not missed, f"{rule_id}: guard rejects the sink of {missed}"


@pytest.mark.parametrize(("rule_file", "rule_id", "guard"), GUARDED, ids=[g[1] for g in GUARDED])
def test_the_guard_can_fail(rule_file: Path, rule_id: str, guard: str) -> None:
    # A file that only reads personal data and never logs must be skipped, or the guard buys nothing.
    assert not _body(guard).search("$email = $user->email;\nreturn $email;\n")
