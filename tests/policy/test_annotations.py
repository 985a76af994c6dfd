"""Integrity of every annotated policy directory under tests/policies and ../shared/policies: each expected
entry's `key` occurs in its policy (case-insensitive, white space and curly quotes folded; for HTML, in the text with
tags removed and entities resolved), and its type, polarity and modality are from the scored vocabulary. An edited
policy or a mistyped annotation would otherwise just read as a miss of the reader. One checker for all sets (their
writers each shipped their own)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import lxml.html  # type: ignore[import-untyped]
import pytest

from scanner.policy.evaluate import VOCABULARY, annotated, fold

TESTS = Path(__file__).resolve().parents[1]
SHARED = TESTS.parent.parent / "shared" / "policies"
DIRS = sorted({p.parent.parent for p in (TESTS / "policies").glob("**/expected/*.toml")})
DIRS += [SHARED] if (SHARED / "expected").is_dir() else []


def _text(policy: Path) -> str:
    raw = policy.read_text(encoding="utf-8", errors="replace")
    if policy.suffix in (".html", ".htm"):
        raw = lxml.html.fromstring(raw).text_content()
    return fold(raw)


def _problems(root: Path) -> list[str]:
    problems: list[str] = []
    for policy, expected in annotated(root):
        text = _text(policy)
        for n, entry in enumerate(tomllib.loads(expected.read_text(encoding="utf-8")).get("claim", []), 1):
            where = f"{expected.relative_to(root.parent).as_posix()} claim {n}"
            if fold(str(entry.get("key", ""))) not in text or not str(entry.get("key", "")).strip():
                problems.append(f"{where}: key {entry.get('key')!r} not in {policy.name}")
            if entry.get("type") not in VOCABULARY:
                problems.append(f"{where}: unknown type {entry.get('type')!r}")
            if entry.get("polarity") not in ("affirm", "deny"):
                problems.append(f"{where}: polarity {entry.get('polarity')!r}")
            if entry.get("modality", "definite") not in ("definite", "possible", "conditional"):
                problems.append(f"{where}: modality {entry.get('modality')!r}")
    return problems


def test_every_annotated_set_is_found() -> None:
    assert len(DIRS) >= 10, DIRS


@pytest.mark.parametrize("root", DIRS, ids=lambda p: "shared" if p == SHARED else p.relative_to(TESTS).as_posix())
def test_expected_keys_occur_in_their_policies(root: Path) -> None:
    problems = _problems(root)
    assert problems == [], "\n".join(problems[:20])
