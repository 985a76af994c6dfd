"""Each machine-read format checked by a real consumer: the result JSON Schema, the official SARIF 2.1.0
schema (vendored: tests/reports/sarif-schema-2.1.0.json, the OASIS 2.1.0 rtm.5 schema as published on
SchemaStore), junitparser for JUnit; plus the Markdown summary's escaping and the `report` command."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import jsonschema
import pytest
from junitparser import Failure, JUnitXml, Skipped
from report_samples import HOSTILE, sample_result

from reports.formats import NAMES, get_format
from reports.formats.markdown import md
from reports.rules import load_rules
from scanner.cli import main
from scanner.model import PolicyFinding, Request, ScanResult
from scanner.schema import validate

SARIF_SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
CARD = "4111 1111 1111 1111"


@pytest.fixture(scope="module")
def sample() -> ScanResult:
    res = sample_result()
    # a card number where a careless renderer would print it: a request URL and an evidence summary
    leaky = Request(f"https://www.evil.test/c?cc={CARD.replace(' ', '')}", "GET", "www.evil.test", "evil.test", "third", "xhr",
                    None, True, "accept")
    return dataclasses.replace(res, requests=(*res.requests, leaky))


def render(name: str, result: ScanResult) -> str:
    return get_format(name).render(result).decode("utf-8")


def test_json_validates_against_result_schema(sample: ScanResult) -> None:
    data = json.loads(render("json", sample))
    validate(data)
    assert data["verdicts"][0]["fingerprint"] and data["gate"]["passed"] is False


def test_sarif_validates_and_carries_fingerprints(sample: ScanResult) -> None:
    log = json.loads(render("sarif", sample))
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    run = log["runs"][0]
    results = run["results"]
    contradicted = [v for v in sample.verdicts if v.status == "contradicted"]
    assert len(results) == len(sample.code_findings) + len(contradicted)
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    for res in results:
        assert rule_ids[res["ruleIndex"]] == res["ruleId"]
        assert res["partialFingerprints"]["complianceScanner/v1"]
        assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    code = results[0]["locations"][0]["physicalLocation"]
    assert code["artifactLocation"] == {"uri": "app/payments.py", "uriBaseId": "%SRCROOT%"}
    assert code["region"]["startLine"] == 10
    # a contradicted claim broken by code points at the code and relates the policy sentence
    card = next(r for r in results if r["ruleId"] == "verdict/card-number-stored")
    assert card["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "app/payments.py"
    assert card["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "policy.md"
    consent = next(r for r in results if r["ruleId"] == "verdict/trackers-before-consent")
    region = consent["locations"][0]["physicalLocation"]["region"]
    # policy.md is not on disk here: a line is still required by code scanning, offsets would be unverified
    assert region["startLine"] == 1 and "charOffset" not in region and "We only load analytics" in consent["message"]["text"]


def test_sarif_places_policy_sentences_by_line_inside_the_checkout(sample: ScanResult, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """GitHub code scanning places results by region.startLine and rejects absolute file: URIs it cannot
    place in the checkout; `run` records the policy as an absolute path."""
    text = {c.id: c.text for c in sample.claims}
    body = f"# Privacy\n\nIntro line.\n{text['c3']}\n\n{text['c1']} More text.\n"
    (tmp_path / "docs").mkdir()
    policy = tmp_path / "docs" / "privacy.md"
    policy.write_text(body, encoding="utf-8")
    start = body.index(text["c1"])
    claims = tuple(dataclasses.replace(c, start=start, end=start + len(c.text)) if c.id == "c1" else c for c in sample.claims)
    res = dataclasses.replace(sample, claims=claims, target={**sample.target, "policy": str(policy)})
    monkeypatch.chdir(tmp_path)
    log = json.loads(render("sarif", res))
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    results = log["runs"][0]["results"]
    consent = next(r for r in results if r["ruleId"] == "verdict/trackers-before-consent")["locations"][0]["physicalLocation"]
    assert consent["artifactLocation"] == {"uri": "docs/privacy.md", "uriBaseId": "%SRCROOT%"}
    # the reader's offsets (0 here) do not index this file: placed by finding the sentence, no charOffset
    assert consent["region"]["startLine"] == 4 and consent["region"]["startColumn"] == 1 and "charOffset" not in consent["region"]
    card = next(r for r in results if r["ruleId"] == "verdict/card-number-stored")["relatedLocations"][0]["physicalLocation"]
    assert card["region"]["startLine"] == 6 and card["region"]["charOffset"] == start
    assert card["region"]["endColumn"] == len(text["c1"]) + 1
    for r in results:
        for loc in r["locations"] + r.get("relatedLocations", []):
            assert not loc["physicalLocation"]["artifactLocation"]["uri"].startswith("file:")
            assert loc["physicalLocation"]["region"]["startLine"] >= 1


def test_sarif_fingerprints_survive_line_moves(sample: ScanResult) -> None:
    moved = dataclasses.replace(sample, code_findings=tuple(dataclasses.replace(f, line=f.line + 40) for f in sample.code_findings))
    prints = [{r["partialFingerprints"]["complianceScanner/v1"] for r in json.loads(render("sarif", s))["runs"][0]["results"]}
              for s in (sample, moved)]
    assert prints[0] == prints[1]


def test_junit_parses_with_one_case_per_claim_and_check(sample: ScanResult) -> None:
    xml = JUnitXml.fromstring(get_format("junit").render(sample))
    suites = {s.name: s for s in xml}
    claims, checks = suites["policy claims"], suites["checks"]
    assert claims.tests == len(sample.claims)
    assert checks.tests == len(load_rules().all_rules()) + 1  # every rule, plus the gate
    failed = {c.classname for c in claims if any(isinstance(r, Failure) for r in c.result)}
    assert failed == {"claims.stores_full_card_number", "claims.consent_for_tracking", "claims.shares_personal_data"}
    skipped = [c for c in claims if any(isinstance(r, Skipped) for r in c.result)]
    assert [c.classname for c in skipped] == ["claims.retention"]
    gate = next(c for c in checks if c.name == "release gate")
    assert gate.result and isinstance(gate.result[0], Failure)
    assert xml.failures == claims.failures + checks.failures
    assert any(HOSTILE in c.name for c in claims)  # carried as text, escaped by the XML writer


def test_junit_of_a_code_scan_fails_on_its_findings(sample: ScanResult) -> None:
    """A merge request's test report from `code --format junit`: no policy, so no verdicts. The checks must not
    pass ("card security codes are stored: passed" beside a stored CVV) and every finding is a failed case."""
    code_only = dataclasses.replace(ScanResult(stages=("code",), code_findings=sample.code_findings), verdicts=(), gate=None)
    xml = JUnitXml.fromstring(get_format("junit").render(code_only))
    suites = {s.name: s for s in xml}
    checks = suites["checks"]
    assert all(any(isinstance(r, Skipped) for r in c.result) for c in checks), "a check without a policy cannot pass"
    findings = suites["code findings"]
    assert findings.tests == findings.failures == len(sample.code_findings)
    names = {c.name for c in findings}
    assert "app/checkout.py:42 compliance.card_security_code_storage" in names
    assert xml.failures == findings.failures and xml.tests == checks.tests + findings.tests
    assert "4111" not in get_format("junit").render(code_only).decode()  # snippets masked


def test_markdown_and_html_of_a_code_scan_list_findings_and_claim_no_pass(sample: ScanResult) -> None:
    """The pull-request job's summary: a code scan has no verdicts, so "✅ Gate passed" above a stored CVV would
    mislead; it says no gate applied and lists the findings, worst first."""
    from reports.gate import apply_gate
    from scanner.config import GateConfig

    res = ScanResult(stages=("code",), code_findings=sample.code_findings)
    res = dataclasses.replace(res, gate=apply_gate(res, GateConfig()))
    summary = render("markdown", res)
    assert summary.startswith("## ⚪ Compliance scan: No gate applied (no policy was read, so there are no verdicts): "
                              f"{len(res.code_findings)} code findings listed below")
    assert "### Code findings (3)" in summary and "| high | app/checkout.py:42 | card security code storage |" in summary
    assert "Gate passed" not in render("html", res) and "4111" not in summary
    gate_case = next(c for s in JUnitXml.fromstring(get_format("junit").render(res)) for c in s if c.name == "release gate")
    assert isinstance(gate_case.result[0], Skipped)


def test_policy_findings_are_shown(sample: ScanResult) -> None:
    """Findings about the policy text (a repealed law, a stale date) were counted but shown in no format."""
    finding = PolicyFinding("policy-repealed-1", "repealed_law", "cites the UK Data Protection Act 1998: repealed " + HOSTILE,
                            "medium", 10, 30)
    res = dataclasses.replace(sample, policy_findings=(finding,))
    html = render("html", res)
    assert 'href="#policy-findings"' in html and 'id="policy_findings-0"' in html and "repealed law" in html
    assert "cites the UK Data Protection Act 1998" in html and HOSTILE not in html  # escaped
    summary = render("markdown", res)
    assert "### Policy findings (1)" in summary and "- medium: cites the UK Data Protection Act 1998" in summary
    assert "1 policy findings" in summary


def test_markdown_evidence_lines_are_not_repeated(sample: ScanResult) -> None:
    """Without record links, three identical request lines read as a rendering fault: shown once, with the count."""
    v = next(v for v in sample.verdicts if v.evidence and v.status == "contradicted")
    same = dataclasses.replace(v, evidence=(v.evidence[0],) * 4)
    res = dataclasses.replace(sample, verdicts=tuple(same if x is v else x for x in sample.verdicts))
    row = next(line for line in render("markdown", res).splitlines() if line.startswith(f"| {v.id}"))
    assert row.count(md(v.evidence[0].summary, 120)) == 1 and "… 4 records in all" in row


def test_junit_survives_control_characters(sample: ScanResult) -> None:
    bad = dataclasses.replace(sample, claims=(dataclasses.replace(sample.claims[0], text="null\x00 bell\x07 ok"),))
    xml = JUnitXml.fromstring(get_format("junit").render(bad))
    assert next(iter(next(iter(xml)))).name.endswith("null bell ok")


def test_markdown_escapes_site_text(sample: ScanResult) -> None:
    text = render("markdown", sample)
    assert text.startswith("## ❌ Compliance scan: Gate FAILED")
    assert "<script" not in text and "<img" not in text and "<svg" not in text
    assert "&lt;script&gt;" in text
    for line in text.splitlines():
        if line.startswith("| V"):
            assert len(re.findall(r"(?<!\\)\|", line)) == 6, line  # hostile pipes cannot add columns


def test_no_output_prints_a_full_card_number(sample: ScanResult) -> None:
    digits = CARD.replace(" ", "")
    for name in NAMES:
        if name == "json":
            continue  # result.json is the record itself; the crawler masks before it is written
        out = render(name, sample)
        assert digits not in out and CARD not in out, name


def test_report_command_renders_every_format(sample: ScanResult, tmp_path: Path) -> None:
    saved = tmp_path / "result.json"
    saved.write_bytes(get_format("json").render(sample))
    out = tmp_path / "out"
    args = ["report", str(saved), "--out", str(out), "--quiet"]
    for name in ("html", "sarif", "junit", "markdown"):
        args += ["--format", name]
    assert main(args) == 0
    assert {p.name for p in out.iterdir()} == {"result.json", "report.html", "results.sarif", "junit.xml", "summary.md"}
    assert (out / "report.html").read_bytes() == get_format("html").render(sample)


@pytest.mark.parametrize("stages", [(), ("code",), ("crawl",)])
def test_partial_results_render_everywhere(stages: tuple[str, ...]) -> None:
    from report_samples import code

    res = ScanResult(stages=stages, code_findings=(code("pii_logging"),) if "code" in stages else ())
    for name in NAMES:
        assert get_format(name).render(res)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(json.loads(render("sarif", res)))
    # every check, plus (without a policy) one failed case per code finding
    assert JUnitXml.fromstring(get_format("junit").render(res)).tests == len(load_rules().all_rules()) + len(res.code_findings)
    assert "No gate applied" in render("markdown", res)
    assert "the policy stage did not run" in render("html", res)
