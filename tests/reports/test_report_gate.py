"""The release gate: statuses and severities, waivers (live, expired, unused, malformed), baselines, and
the exit codes the CLI derives from it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from report_samples import claim, code, result, tracker_request

from reports.formats.html import HtmlFormat
from reports.formats.json_format import JsonFormat
from reports.formats.markdown import MarkdownFormat
from reports.gate import apply_gate
from reports.verdicts import evaluate
from reports.waivers import load_waivers
from scanner.cli import _finish, main
from scanner.config import Config, GateConfig, ReportsConfig
from scanner.exitcodes import ExitCode
from scanner.model import Page, ScanError, ScanResult
from scanner.pipeline import Outcome

TODAY = dt.date(2025, 3, 1)


def scanned(*findings: object, requests: tuple[object, ...] = ()) -> ScanResult:
    res = result(claims=(claim("c1", "stores_card_security_code", "deny"), claim("c2", "stores_full_card_number", "deny")),
                 code_findings=findings, requests=requests)
    return dataclasses.replace(res, verdicts=evaluate(res))


def waivers_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "waivers.toml"
    path.write_text(body, encoding="utf-8")
    return path


def waiver(fp: str, expires: str = "2025-12-31") -> str:
    return f'[[waiver]]\nfingerprint = "{fp}"\nreason = "legacy job"\nowner = "pay-team"\nexpires = {expires}\n'


def test_statuses_and_severity_floor() -> None:
    res = scanned(code("card_security_code_storage"))
    gate = apply_gate(res, GateConfig(), today=TODAY)
    assert not gate.passed and gate.failures == ("V001",) and "contradicted" in gate.reason
    assert apply_gate(res, GateConfig(fail_on=["undisclosed"]), today=TODAY).passed
    clean = scanned()
    assert apply_gate(clean, GateConfig(), today=TODAY).passed
    medium = scanned(code("insecure_transport"))  # undisclosed, medium
    assert apply_gate(medium, GateConfig(fail_on=["undisclosed"], min_severity="medium"), today=TODAY).failures
    assert apply_gate(medium, GateConfig(fail_on=["undisclosed"], min_severity="high"), today=TODAY).passed


def test_live_waiver_passes_and_unused_is_reported(tmp_path: Path) -> None:
    res = scanned(code("card_security_code_storage"))
    fp = res.verdicts[0].fingerprint
    path = waivers_file(tmp_path, waiver(fp) + waiver("0" * 24))
    gate = apply_gate(res, GateConfig(waivers=path), today=TODAY)
    assert gate.passed and gate.waived == ("V001",) and gate.unused_waivers == ("0" * 24,)


def test_expired_waiver_fails_the_gate(tmp_path: Path) -> None:
    res = scanned(code("card_security_code_storage"))
    path = waivers_file(tmp_path, waiver(res.verdicts[0].fingerprint, "2025-02-28"))
    gate = apply_gate(res, GateConfig(waivers=path), today=TODAY)
    assert not gate.passed and gate.failures == ("V001",)
    assert gate.expired_waivers and "pay-team" in gate.expired_waivers[0] and "expired" in gate.reason
    # the last day still counts
    assert apply_gate(res, GateConfig(waivers=path), today=dt.date(2025, 2, 28)).passed


def test_expired_unused_waiver_still_fails(tmp_path: Path) -> None:
    path = waivers_file(tmp_path, waiver("f" * 24, "2024-01-01"))
    gate = apply_gate(scanned(), GateConfig(waivers=path), today=TODAY)
    assert not gate.passed and not gate.failures and gate.unused_waivers == ("f" * 24,)


@pytest.mark.parametrize(("body", "message"), [
    ('[[waiver]]\nfingerprint = "a"\nreason = "r"\nexpires = 2025-01-01\n', r"waiver\[0\]\.owner: missing"),
    ('[[waiver]]\nfingerprint = "a"\nreason = "r"\nowner = "o"\nexpires = "soon"\n', r"waiver\[0\]\.expires: not a date"),
    ('[[waiver]]\nfingerprint = "a"\nreason = "r"\nowner = "o"\nexpires = 2025-01-01\nteam = "x"\n', r"waiver\[0\]\.team: unknown key"),
    (waiver("a") + waiver("a"), r"waiver\[1\]\.fingerprint: already waived"),
    ("[[waiver]\n", "invalid TOML"),
])
def test_bad_waiver_file_names_file_and_key(tmp_path: Path, body: str, message: str) -> None:
    path = waivers_file(tmp_path, body)
    with pytest.raises(Exception, match=message) as info:
        load_waivers(path)
    assert type(info.value).__name__ == "ConfigError" and str(path) in str(info.value)


def test_baseline_gates_only_new_findings(tmp_path: Path) -> None:
    old = scanned(code("card_security_code_storage", line=10))
    baseline = tmp_path / "old.json"
    baseline.write_bytes(JsonFormat().render(old))
    # the same finding moved to another line, plus a new contradiction
    new = scanned(code("card_security_code_storage", line=80), code("card_number_storage", "app/orders.py", 5))
    gate = apply_gate(new, GateConfig(baseline=baseline), today=TODAY)
    assert not gate.passed and gate.failures == ("V002",) and gate.baseline == str(baseline)
    only_old = scanned(code("card_security_code_storage", line=99))
    assert apply_gate(only_old, GateConfig(baseline=baseline), today=TODAY).passed
    # the reports tell the known from the new
    gated = dataclasses.replace(new, gate=gate)
    summary = MarkdownFormat().render(gated).decode()
    assert "| V001 *(in baseline)* |" in summary and "| V002 **(fails gate)** |" in summary
    assert "1 known from the baseline" in HtmlFormat().render(gated).decode()


def test_baseline_does_not_hide_new_code_behind_a_known_verdict(tmp_path: Path) -> None:
    """The claim verdict "card security codes are stored" keeps its fingerprint however often the claim is
    broken: a second stored CVV added since the baseline must still fail the release."""
    old = scanned(code("card_security_code_storage", line=10))
    baseline = tmp_path / "old.json"
    baseline.write_bytes(JsonFormat().render(old))
    again = scanned(code("card_security_code_storage", line=10),
                    code("card_security_code_storage", "app/gift_cards.py", 31, "security_code = models.CharField()"))
    assert again.verdicts[0].fingerprint == old.verdicts[0].fingerprint
    gate = apply_gate(again, GateConfig(baseline=baseline), today=TODAY)
    assert not gate.passed and gate.failures == ("V001",)


def test_bad_baseline_is_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "old.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(Exception, match=r"old\.json") as info:
        apply_gate(scanned(), GateConfig(baseline=bad), today=TODAY)
    assert type(info.value).__name__ == "ConfigError"


def test_exit_codes_follow_the_gate(tmp_path: Path) -> None:
    cfg = Config(reports=ReportsConfig(formats=["json"], out_dir=tmp_path / "out"))
    failing = scanned(code("card_security_code_storage"))
    failing = dataclasses.replace(failing, gate=apply_gate(failing, GateConfig(), today=TODAY))
    assert _finish(Outcome(failing), cfg, quiet=True) == ExitCode.GATE_FAILED == 1
    passing = dataclasses.replace(scanned(), gate=apply_gate(scanned(), GateConfig(), today=TODAY))
    assert _finish(Outcome(passing), cfg, quiet=True) == ExitCode.OK == 0
    assert _finish(Outcome(passing, failures=["crawl: boom"]), cfg, quiet=True) == ExitCode.SCAN_ERROR == 3
    assert (tmp_path / "out" / "result.json").is_file()


def test_cli_refuses_bad_waivers_before_scanning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "app").mkdir()
    bad = waivers_file(tmp_path, '[[waiver]]\nfingerprint = "a"\n')
    config = tmp_path / "scan.toml"
    config.write_text('[code]\npaths = ["app"]\n', encoding="utf-8")
    assert main(["run", "--config", str(config), "--waivers", str(bad), "--out", str(tmp_path / "o")]) == ExitCode.USAGE
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "waivers.toml: waiver[0].reason: missing" in err


def test_undisclosed_advertising_can_fail_a_strict_gate() -> None:
    res = result(claims=(claim("c1", "uses_cookies"),), requests=(tracker_request("doubleclick.net"),))
    res = dataclasses.replace(res, verdicts=evaluate(res))
    gate = apply_gate(res, GateConfig(fail_on=["contradicted", "undisclosed"]), today=TODAY)
    assert not gate.passed and len(gate.failures) == 1


def test_failed_policy_stage_claims_nothing_undisclosed_and_cannot_pass() -> None:
    """A policy that could not be read is not a policy that says nothing: no "not in the policy" verdicts,
    and a gate over a scan that checked no claim must not read as passed."""
    ads = (tracker_request("doubleclick.net", "initial", beacon=True), tracker_request("hotjar.com", "accept"))
    read = result(requests=ads, code_findings=(code("card_security_code_storage"),))
    assert any(v.status == "undisclosed" for v in evaluate(read))  # control: with the policy read (and silent)
    broken = dataclasses.replace(read, errors=(ScanError("policy", "policy.md", "internal error: KeyError: 'x'"),))
    verdicts = evaluate(broken)
    assert verdicts == ()
    gate = apply_gate(dataclasses.replace(broken, verdicts=verdicts), GateConfig(), today=TODAY)
    assert not gate.passed and gate.reason == "incomplete scan: the policy stage failed (see errors)"
    # a page error in a crawl that did load pages is no failed stage: the gate decides as usual
    paged = dataclasses.replace(read, pages=(Page("https://shop.test/", 200), Page("https://shop.test/x", None, error="timeout")),
                                errors=(ScanError("crawl", "https://shop.test/x", "initial: timeout"),))
    assert apply_gate(dataclasses.replace(paged, verdicts=evaluate(paged)), GateConfig(), today=TODAY).passed


def test_interrupted_scan_cannot_pass() -> None:
    clean = scanned()
    assert apply_gate(clean, GateConfig(), today=TODAY).passed
    stopped = dataclasses.replace(clean, errors=(ScanError("scan", "", "interrupted by the user"),))
    gate = apply_gate(stopped, GateConfig(), today=TODAY)
    assert not gate.passed and gate.reason == "incomplete scan: interrupted"
