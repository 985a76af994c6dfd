"""The foundation's thin path, end to end through the CLI in-process: a loopback shop with a third party
mapped by --resolve, a source tree and a policy go in; verdicts, a gate exit code, a schema-valid
result.json and an HTML report come out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scanner.cli import main
from scanner.exitcodes import ExitCode
from scanner.schema import validate
from scanner.sitehost import SiteHost

TESTS = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def thin_run(thin_site: SiteHost, tmp_path_factory: pytest.TempPathFactory) -> tuple[int, dict, Path]:  # type: ignore[type-arg]
    out = tmp_path_factory.mktemp("thin")
    config = out / "scan.toml"
    config.write_text(
        "[site]\n"
        'url = "https://www.thin-shop.test/"\n'
        f"resolve = {json.dumps(thin_site.resolve)}\n"
        "insecure = true\nmax_pages = 5\nphases = [\"initial\"]\nwait_after_load_ms = 300\n"
        "[code]\n"
        f'paths = ["{TESTS / "samples" / "thin_app"}"]\n'
        "[policy]\n"
        f'path = "{TESTS / "sites" / "thin" / "policy.md"}"\n'
        "[reports]\n"
        'formats = ["html", "json"]\n'
        f'out_dir = "{out}"\n'
    )
    code = main(["run", "--config", str(config), "--quiet"])
    return code, json.loads((out / "result.json").read_text()), out


@pytest.mark.browser
@pytest.mark.semgrep
def test_thin_path_end_to_end(thin_run: tuple[int, dict, Path]) -> None:  # type: ignore[type-arg]
    code, result, out = thin_run
    validate(result)
    assert result["schema_version"] == "1"
    assert result["stages"] == ["crawl", "code", "policy"]
    assert not result["errors"], result["errors"]

    # crawl: the page, its first-party cookie from a header and the third-party host reached through --resolve
    assert any(p["url"] == "https://www.thin-shop.test/" and p["status"] == 200 for p in result["pages"])
    cart = next(c for c in result["cookies"] if c["name"] == "cart_id")
    assert cart["party"] == "first" and cart["http_only"] is True
    ga = [r for r in result["requests"] if r["host"] == "www.google-analytics.com"]
    assert ga and all(r["party"] == "third" and r["site"] == "google-analytics.com" for r in ga)
    assert any(tp["site"] == "google-analytics.com" for tp in result["third_parties"])

    # code: the stored card number; policy: the denial it contradicts
    assert any(f["category"] == "card_number_storage" and f["path"].endswith("orders.py") for f in result["code_findings"])
    denial = next(c for c in result["claims"] if c["type"] == "stores_full_card_number")
    assert denial["polarity"] == "deny"
    policy_text = (TESTS / "sites" / "thin" / "policy.md").read_text()
    assert policy_text[denial["start"]:denial["end"]] == denial["text"]
    assert any(c["type"] == "uses_cookies" and c["polarity"] == "affirm" for c in result["claims"])

    # verdicts and gate
    contradicted = [v for v in result["verdicts"] if v["status"] == "contradicted"]
    assert any(v["claim_id"] == denial["id"] for v in contradicted)
    assert any(v["status"] == "consistent" for v in result["verdicts"])
    assert result["gate"]["passed"] is False
    assert code == ExitCode.GATE_FAILED

    html = (out / "report.html").read_text()
    assert "We do not store your full credit card number." in html
