"""Finds the data that ships with the scanner: the rules directory (Semgrep rules, claim patterns, vendor
data, verdict rules) and the result schema. An installed wheel carries rules/ inside the package as
scanner/rules; a source checkout (editable install, tests) keeps it at the repository root."""

from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def rules_dir() -> Path:
    for candidate in (PACKAGE_DIR / "rules", PACKAGE_DIR.parent / "rules"):
        if (candidate / "verdicts.toml").is_file() or (candidate / "semgrep").is_dir():
            return candidate
    raise FileNotFoundError("the scanner's rules directory is missing from this installation")


def schema_path() -> Path:
    return PACKAGE_DIR / "schema" / "result.schema.json"
