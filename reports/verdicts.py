"""ScanResult → verdicts. (Foundation placeholder: the report-engine work replaces this module.)"""

from __future__ import annotations

from scanner.model import ScanResult, Verdict


def evaluate(result: ScanResult) -> tuple[Verdict, ...]:
    return ()
