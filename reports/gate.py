"""The release gate: which verdicts fail a release. A verdict fails when its status is one of
`fail_on` and its severity reaches `min_severity`, unless a live waiver names its fingerprint or the
baseline result already had it (with no code behind it that the baseline did not find). A scan whose
policy or crawl stage failed, or that was interrupted, cannot pass (it checked nothing there). Expired waivers fail the gate on their
own (an exception nobody renewed is a decision nobody made); waivers that match nothing are reported so the
file can be pruned. Reads the waivers and baseline files named in GateConfig (reports.waivers); everything
else is pure."""

from __future__ import annotations

import datetime as dt

from reports.evidence import Evidence
from reports.formats.sarif import finding_fingerprint
from reports.waivers import BASELINE_CODE, Waiver, load_baseline, load_waivers
from scanner.config import GateConfig
from scanner.model import Gate, ScanResult, Verdict, severity_rank


def known(verdict: Verdict, result: ScanResult, baseline: frozenset[str]) -> bool:
    """In the baseline: the same verdict, and no code behind it that the baseline scan did not find. A claim
    verdict ("card security codes are stored") keeps its fingerprint however often it is broken, so a second
    stored CVV added since the baseline would otherwise pass as old news."""
    if verdict.fingerprint not in baseline:
        return False
    findings = result.code_findings
    return all(BASELINE_CODE + finding_fingerprint(findings[e.index]) in baseline
               for e in verdict.evidence if e.kind == "code_findings" and e.index < len(findings))


def apply_gate(result: ScanResult, gate: GateConfig, today: dt.date | None = None,
               waivers: tuple[Waiver, ...] | None = None, baseline: frozenset[str] | None = None) -> Gate:
    """Gate a result. `waivers`/`baseline` override the files in `gate` (for callers that loaded them)."""
    today = today or dt.date.today()
    if waivers is None:
        waivers = load_waivers(gate.waivers) if gate.waivers else ()
    if baseline is None and gate.baseline:
        baseline = load_baseline(gate.baseline)
    floor = severity_rank(gate.min_severity)
    candidates = [v for v in result.verdicts if v.status in gate.fail_on and severity_rank(v.severity) >= floor]
    if baseline is not None:
        candidates = [v for v in candidates if not known(v, result, baseline)]
    by_fp = {w.fingerprint: w for w in waivers}
    failures, waived = [], []
    for v in candidates:
        w = by_fp.get(v.fingerprint)
        if w is not None and not w.expired(today):
            waived.append(v.id)
        else:
            failures.append(v.id)
    present = {v.fingerprint for v in result.verdicts}
    expired = tuple(f"{w.fingerprint} (owner {w.owner}, expired {w.expires.isoformat()})" for w in waivers if w.expired(today))
    unused = tuple(w.fingerprint for w in waivers if w.fingerprint not in present)
    # A policy that was not read or a site that was not crawled leaves nothing to gate on: no pass.
    incomplete = sorted(Evidence(result).failed_stages & {"crawl", "policy"})
    reasons = [f"incomplete scan: the {' and '.join(incomplete)} stage failed (see errors)"] if incomplete else []
    if any(e.stage == "scan" for e in result.errors):  # the pipeline's record of an interruption
        incomplete.append("scan")
        reasons.append("incomplete scan: interrupted")
    if failures:
        reasons.append(f"{len(failures)} verdict(s) {'/'.join(gate.fail_on)} at severity {gate.min_severity} or above")
    if expired:
        reasons.append(f"{len(expired)} waiver(s) expired")
    return Gate(passed=not failures and not expired and not incomplete, fail_on=tuple(gate.fail_on), min_severity=gate.min_severity,
                failures=tuple(failures), waived=tuple(waived), expired_waivers=expired, unused_waivers=unused,
                baseline=str(gate.baseline) if gate.baseline else None, reason="; ".join(reasons))
