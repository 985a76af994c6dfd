"""The release gate: which verdicts fail a release. Pure: reads the result and the gate settings only
(waivers and baselines are loaded by the caller's helpers in reports.waivers)."""

from __future__ import annotations

from scanner.config import GateConfig
from scanner.model import Gate, ScanResult, severity_rank


def apply_gate(result: ScanResult, gate: GateConfig) -> Gate:
    floor = severity_rank(gate.min_severity)
    failures = tuple(v.id for v in result.verdicts if v.status in gate.fail_on and severity_rank(v.severity) >= floor)
    reason = f"{len(failures)} verdict(s) {'/'.join(gate.fail_on)} at severity {gate.min_severity} or above" if failures else ""
    return Gate(passed=not failures, fail_on=tuple(gate.fail_on), min_severity=gate.min_severity, failures=failures, reason=reason)
