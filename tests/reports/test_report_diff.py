"""`compliance-scan diff`: new and gone third parties, cookies, trackers and contradictions between two
saved results, matched by content so a re-ordered scan shows no change."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from report_samples import ORGS, claim, code, cookie, result, tracker_request

from reports.diff import diff_results, render_json, render_markdown
from reports.formats.json_format import JsonFormat
from reports.verdicts import evaluate
from scanner.cli import main
from scanner.model import ScanError, ScanResult, ThirdParty


def scan(sites: tuple[str, ...], cookies: tuple[str, ...], findings: tuple[object, ...]) -> ScanResult:
    res = result(claims=(claim("c1", "stores_card_security_code", "deny", text="We never keep your CVV."),),
                 requests=tuple(tracker_request(s) for s in sites), cookies=tuple(cookie(n) for n in cookies),
                 third_parties=tuple(ThirdParty(s, *ORGS[s], requests=1) for s in sites), code_findings=findings)
    return dataclasses.replace(res, verdicts=evaluate(res))


def test_added_and_removed() -> None:
    old = scan(("doubleclick.net", "cdnjs.com"), ("sid", "cart"), (code("card_security_code_storage"),))
    new = scan(("cdnjs.com", "hotjar.com"), ("sid", "_hjid"), ())
    changes = {d.kind: d for d in diff_results(old, new).deltas}
    assert [r["site"] for r in changes["third_parties"].added] == ["hotjar.com"]
    assert [r["site"] for r in changes["third_parties"].removed] == ["doubleclick.net"]
    assert [r["name"] for r in changes["cookies"].added] == ["_hjid"]
    assert [r["name"] for r in changes["cookies"].removed] == ["cart"]
    assert [r["organization"] for r in changes["trackers"].added] == ["Hotjar"]
    assert [r["category"] for r in changes["trackers"].removed] == ["advertising"]
    assert not changes["contradictions"].added and len(changes["contradictions"].removed) == 1
    assert changes["contradictions"].removed[0]["claim"] == "We never keep your CVV."


def test_reordered_scan_is_unchanged() -> None:
    a = scan(("doubleclick.net", "cdnjs.com"), ("sid", "cart"), (code("card_security_code_storage", line=3),))
    b = scan(("cdnjs.com", "doubleclick.net"), ("cart", "sid"), (code("card_security_code_storage", line=90),))
    changes = diff_results(a, b)
    assert changes.empty
    assert "No changes" in render_markdown(changes)


def test_cli_diff_markdown_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = scan(("cdnjs.com",), ("sid",), ())
    new = scan(("cdnjs.com", "criteo.com"), ("sid",), (code("card_security_code_storage"),))
    paths = []
    for name, res in (("old.json", old), ("new.json", new)):
        (tmp_path / name).write_bytes(JsonFormat().render(res))
        paths.append(str(tmp_path / name))
    assert main(["diff", *paths, "--out", str(tmp_path / "d")]) == 0
    text = capsys.readouterr().out
    assert "### Contradictions: 1 new, 0 gone" in text and "**new** critical" in text and "Criteo" in text
    data = json.loads((tmp_path / "d" / "diff.json").read_text())
    assert data["changed"] and data["third_parties"]["added"][0]["site"] == "criteo.com"
    assert render_json(diff_results(old, new)) == (tmp_path / "d" / "diff.json").read_text()
    assert main(["diff", paths[0], str(tmp_path / "missing.json")]) == 2


def test_markdown_escapes_hostile_cookie_names() -> None:
    old = scan((), (), ())
    new = scan((), ("<img src=x onerror=alert(1)>|x",), ())
    text = render_markdown(diff_results(old, new))
    assert "<img" not in text and "&lt;img" in text and "\\|x" in text


def test_what_a_failed_stage_no_longer_shows_is_not_resolved() -> None:
    """A weekly scan whose policy stage broke drops every contradiction: not checked, never "resolved"."""
    old = scan(("doubleclick.net",), ("sid",), (code("card_security_code_storage"),))
    broken = dataclasses.replace(old, claims=(), errors=(ScanError("policy", "policy.md", "internal error: KeyError: 'x'"),))
    broken = dataclasses.replace(broken, verdicts=evaluate(broken))
    changes = diff_results(old, broken)
    assert changes.unchecked == ("policy",)
    text = render_markdown(changes)
    assert "The new scan is incomplete" in text and "- not checked critical: Card security codes" in text
    assert "resolved" not in text.replace("not resolved", "")
    data = json.loads(render_json(changes))
    assert data["unchecked_stages"] == ["policy"] and data["contradictions"]["removed_unchecked"] is True
    assert data["cookies"]["removed_unchecked"] is False
    # control: the same drop with every stage healthy is a resolution
    fixed = scan(("doubleclick.net",), ("sid",), ())
    assert "- resolved critical: Card security codes" in render_markdown(diff_results(old, fixed))
