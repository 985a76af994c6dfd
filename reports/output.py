"""Writes a result's reports into an output directory: result.json always, then each asked-for format.
A format that fails is reported and skipped so the others (and the JSON) are still written."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from reports.formats import get_format
from scanner.model import ScanResult


def write_reports(result: ScanResult, out_dir: Path, formats: Iterable[str]) -> tuple[dict[str, Path], list[str]]:
    """Return (format → written path, problems)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    problems: list[str] = []
    names = ["json", *[f for f in formats if f != "json"]]
    for name in names:
        try:
            fmt = get_format(name)
            data = fmt.render(result)
        except Exception as exc:  # one broken format must not cost the others
            problems.append(f"{name} report: {type(exc).__name__}: {exc}")
            continue
        path = out_dir / fmt.filename
        path.write_bytes(data)
        written[name] = path
    return written, problems
