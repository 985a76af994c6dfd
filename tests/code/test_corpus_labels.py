"""Integrity of every labelled code corpus with a LABELS.toml (the blind-written ones): each label names an existing
file and a line inside it, its `anchor` (when given) is on that line, its span contains the line, its category is
known, no label is repeated, MANIFEST (when present) lists exactly the findings, and each labelled card-number
literal is Luhn-valid. Editing a corpus file without moving its labels fails here, so the figures scored on a
corpus keep meaning what they meant. One checker for all corpora (their writers each shipped their own)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from scanner.cards import luhn
from scanner.code.mask import mask_text
from scanner.model import CODE_CATEGORIES

TESTS = Path(__file__).resolve().parents[1]
CORPORA = sorted(p.parent for p in TESTS.glob("apps*/**/LABELS.toml"))
_RUN = re.compile(r"\d(?:[ -]?\d){12,18}")


def _problems(root: Path) -> list[str]:
    data = tomllib.loads((root / "LABELS.toml").read_text(encoding="utf-8"))
    problems: list[str] = []
    seen: set[tuple[str, int, str]] = set()
    files: dict[str, list[str]] = {}
    for kind in ("finding", "neutral", "safe"):
        for entry in data.get(kind, []):
            where = f"{root.name}/{entry.get('file')}:{entry.get('line')} [{kind}]"
            path = root / str(entry.get("file"))
            if not path.is_file():
                problems.append(f"{where}: no such file")
                continue
            lines = files.setdefault(entry["file"], path.read_text(encoding="utf-8", errors="replace").splitlines())
            line = int(entry["line"])
            if not 1 <= line <= len(lines):
                problems.append(f"{where}: line out of range ({len(lines)} lines)")
                continue
            text = lines[line - 1]
            anchor = entry.get("anchor")
            if anchor is not None and str(anchor) not in text:
                problems.append(f"{where}: anchor {anchor!r} not on the line")
            category = entry.get("category")
            if kind != "safe" or category is not None:
                if category not in CODE_CATEGORIES:
                    problems.append(f"{where}: unknown category {category!r}")
                key = (entry["file"], line, str(category))
                if kind == "finding" and key in seen:
                    problems.append(f"{where}: labelled twice")
                seen.add(key)
            first, last = entry.get("span", [line, line])
            if not first <= line <= last or last > len(lines):
                problems.append(f"{where}: span {entry.get('span')} does not hold the line")
            if kind == "finding" and category == "card_number_literal":
                runs = [re.sub(r"\D", "", m) for m in _RUN.findall(text)]
                if not any(luhn(d) for d in runs):
                    problems.append(f"{where}: no Luhn-valid card number on the line")
    manifest = root / "MANIFEST"
    if manifest.is_file():
        rows = {r.strip() for r in manifest.read_text(encoding="utf-8").splitlines() if r.strip() and not r.startswith("#")}
        labelled = {f"{e['file']}:{e['line']} {e['category']}" for e in data.get("finding", [])}
        problems += [f"{root.name}/MANIFEST: {r}: no such [[finding]]" for r in sorted(rows - labelled)]
        problems += [f"{root.name}/MANIFEST: {r}: missing" for r in sorted(labelled - rows)]
    return [mask_text(p) for p in problems]  # anchors of literal labels are card numbers


def test_every_blind_corpus_is_found() -> None:
    assert len(CORPORA) >= 7, CORPORA


@pytest.mark.parametrize("root", CORPORA, ids=lambda p: p.relative_to(TESTS).as_posix())
def test_labels_point_at_their_lines(root: Path) -> None:
    problems = _problems(root)
    assert problems == [], "\n".join(problems[:20])
