"""JUnit XML for CI test tabs: one test case per policy claim (suite "policy claims") and one per check
(suite "checks": every verdict rule plus the gate itself). A case fails when its verdicts fail the gate
(or, with no gate, when a claim is contradicted); claims a person must check are skipped with the reason, and so
is every check when no policy was read. A scan without a policy (the code rules in a merge request) lists each
code finding as a failed case of its own (suite "code findings").
Built with ElementTree so escaping is the library's; characters XML cannot carry are dropped first."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from reports.formats.interface import Format
from reports.mask import clip, mask_text
from reports.rules import load_rules
from scanner.model import ScanResult, Verdict

_XML_BAD = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _text(value: str, limit: int = 2000) -> str:
    return _XML_BAD.sub("", clip(value, limit)) if limit else _XML_BAD.sub("", mask_text(value))


def _detail(v: Verdict) -> str:
    lines = [f"{v.id} {v.status} ({v.severity}, confidence {v.confidence}) rule {v.rule}: {v.title}",
             f"fingerprint {v.fingerprint}"]
    lines += [f"  evidence {e.kind}[{e.index}]: {e.summary}" for e in v.evidence[:20]]
    if v.regulations:
        lines.append("regulations: " + "; ".join(v.regulations))
    if v.remediation:
        lines.append("remediation: " + v.remediation)
    return _text("\n".join(lines), 0)


class _Suite:
    def __init__(self, parent: ET.Element, name: str) -> None:
        self.el = ET.SubElement(parent, "testsuite", name=name)
        self.counts = {"tests": 0, "failures": 0, "skipped": 0}

    def case(self, classname: str, name: str, failure: str | None = None, skipped: str | None = None, out: str = "") -> None:
        case = ET.SubElement(self.el, "testcase", classname=_text(classname, 200), name=_text(name, 200), time="0")
        self.counts["tests"] += 1
        if failure is not None:
            ET.SubElement(case, "failure", message=_text(failure, 500), type="compliance").text = out
            self.counts["failures"] += 1
        elif skipped is not None:
            ET.SubElement(case, "skipped", message=_text(skipped, 500))
            self.counts["skipped"] += 1
        if out and failure is None:
            ET.SubElement(case, "system-out").text = out

    def close(self) -> dict[str, int]:
        for key, n in {**self.counts, "errors": 0}.items():
            self.el.set(key, str(n))
        self.el.set("time", "0")
        return self.counts


class JunitFormat(Format):
    name = "junit"
    filename = "junit.xml"
    media_type = "application/xml"

    def render(self, result: ScanResult) -> bytes:
        gate = result.gate
        failing = set(gate.failures) if gate else {v.id for v in result.verdicts if v.status == "contradicted"}
        root = ET.Element("testsuites", name="compliance-scanner")
        claims = _Suite(root, "policy claims")
        by_claim = {v.claim_id: v for v in result.verdicts if v.claim_id}
        for c in result.claims:
            v = by_claim.get(c.id)
            name = f"{c.id} {c.type} ({c.polarity}): {c.text}"
            if v is None:
                claims.case(f"claims.{c.type}", name, skipped="no verdict")
            elif v.id in failing:
                claims.case(f"claims.{c.type}", name, failure=f"{v.status}: {v.title}", out=_detail(v))
            elif v.status in ("manual", "not_observed"):
                claims.case(f"claims.{c.type}", name, skipped=f"{v.status.replace('_', ' ')}: {v.title}", out=_detail(v))
            else:
                claims.case(f"claims.{c.type}", name, out=_detail(v))
        checks = _Suite(root, "checks")
        stages = set(result.stages)
        for rule in load_rules().all_rules():
            verdicts = [v for v in result.verdicts if v.rule == rule.id]
            name = f"{rule.id}: {rule.title}"
            out = "\n".join(_detail(v) for v in verdicts)
            bad = [v for v in verdicts if v.id in failing]
            missing = sorted((rule.stages | {"policy"}) - stages)  # every verdict sets evidence beside the policy
            if bad:
                checks.case(f"checks.{rule.kind}", name, failure=f"{len(bad)} verdict(s) fail the gate", out=out)
            elif missing:
                checks.case(f"checks.{rule.kind}", name, skipped=f"the {', '.join(missing)} stage did not run")
            else:
                checks.case(f"checks.{rule.kind}", name, out=out)
        if gate is not None and "policy" not in stages:
            checks.case("checks.gate", "release gate", skipped="no policy was read: no verdicts to gate on")
        elif gate is not None:
            checks.case("checks.gate", "release gate", failure=None if gate.passed else gate.reason or "gate failed",
                        out=_text(f"fail_on={','.join(gate.fail_on)} min_severity={gate.min_severity} waived={len(gate.waived)} "
                                  f"expired={len(gate.expired_waivers)} unused={len(gate.unused_waivers)}", 0))
        suites = [claims, checks]
        if "policy" not in stages and result.code_findings:
            # No policy, no verdicts: a code scan (a merge request's test report) shows its findings themselves.
            findings = _Suite(root, "code findings")
            for f in result.code_findings:
                findings.case(f"code.{f.category}", f"{f.path}:{f.line} {f.rule_id}", failure=f"{f.severity}: {f.message or f.category}",
                              out=_text(f"{f.path}:{f.line}: {f.snippet}", 0))
            suites.append(findings)
        closed = [suite.close() for suite in suites]
        totals = {k: sum(c[k] for c in closed) for k in ("tests", "failures", "skipped")}
        for key, n in {**totals, "errors": 0}.items():
            root.set(key, str(n))
        ET.indent(root)
        data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
        return data + b"\n"
