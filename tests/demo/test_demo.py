"""`compliance-scan demo` end to end, in-process: the bundled shop served on loopback, real Chromium, real
semgrep, the policy reader, verdicts, gate and every format. The demo runs once per module; each test
then checks one stage's share of what the demo is meant to show (the shop breaks its policy on purpose)."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from scanner.cli import main
from scanner.resources import schema_path

pytestmark = [pytest.mark.browser, pytest.mark.semgrep, pytest.mark.slow]


@dataclass(frozen=True)
class DemoRun:
    code: int
    stdout: str
    stderr: str
    out: Path
    result: dict[str, Any]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoRun:
    out = tmp_path_factory.mktemp("demo") / "report"
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = main(["demo", "--out", str(out)])
    result_file = out / "result.json"
    result = json.loads(result_file.read_text(encoding="utf-8")) if result_file.is_file() else {}
    return DemoRun(code, stdout.getvalue(), stderr.getvalue(), out, result)


def _hosts(demo: DemoRun, phase: str) -> set[str]:
    return {r["host"] for r in demo.result["requests"] if r["phase"] == phase}


def _where(records: Iterable[dict[str, Any]], **match: Any) -> list[dict[str, Any]]:
    return [r for r in records if all(r.get(k) == v for k, v in match.items())]


def test_exit_code_is_the_failed_gate(demo: DemoRun) -> None:
    assert demo.code == 1, f"exit {demo.code}; stderr: {demo.stderr[-3000:]}"
    assert demo.result["gate"]["passed"] is False
    assert "Demo report:" in demo.stdout and "Finished in" in demo.stdout
    assert "gate" in demo.stdout and "FAILED" in demo.stdout


def test_every_format_is_written_and_the_json_validates(demo: DemoRun) -> None:
    import jsonschema

    from reports.formats import NAMES, get_format

    for name in NAMES:
        path = demo.out / get_format(name).filename
        assert path.is_file() and path.stat().st_size > 0, f"{name}: {path} missing"
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.validate(demo.result, schema)
    assert set(demo.result["stages"]) >= {"crawl", "code", "policy"}
    assert not demo.result["errors"], demo.result["errors"]


def test_crawl_covers_the_shop_by_links_and_sitemap_and_obeys_robots(demo: DemoRun) -> None:
    urls = {p["url"] for p in demo.result["pages"]}
    for path in ("", "products/", "checkout.html", "newsletter.html", "privacy.html", "gift-cards.html"):
        assert f"https://www.demo-shop.test/{path}" in urls, path
    assert not any("/admin/" in u for u in urls), "robots.txt disallows /admin/"
    assert set(demo.result["phases"]) == {"initial", "accept", "reject", "gpc"}
    orgs = {t["site"]: t["organization"] for t in demo.result["third_parties"]}
    for site in ("google-analytics.com", "facebook.com", "hotjar.com", "bing.com", "linkedin.com", "stripe.com"):
        assert site in orgs, f"{site} not among the third parties: {sorted(orgs)}"


def test_cookies_by_header_and_script_first_and_third_party(demo: DemoRun) -> None:
    cookies = demo.result["cookies"]
    session = _where(cookies, name="session_id", phase="initial")
    assert session and session[0]["http_only"] and session[0]["party"] == "first"
    ga = _where(cookies, name="_ga", phase="initial")
    assert ga and ga[0]["party"] == "first" and (ga[0]["provenance"] or {}).get("kind") == "script"
    fr = _where(cookies, name="fr", phase="accept")
    assert fr and fr[0]["party"] == "third", "the Meta pixel's third-party cookie must be observed"
    assert _where(demo.result["storage"], key="_uetsid", phase="reject"), "UET's localStorage copy after reject"


def test_consent_phases_show_what_fires_when(demo: DemoRun) -> None:
    consent = {c["phase"]: c for c in demo.result["consent"]}
    assert consent["accept"]["performed"] and consent["reject"]["performed"], consent
    initial, accept, reject, gpc = (_hosts(demo, p) for p in ("initial", "accept", "reject", "gpc"))
    # before any choice: GA4 (a misconfigured default) and the LinkedIn tag outside the consent manager
    assert {"region1.google-analytics.com", "px.ads.linkedin.com"} <= initial
    assert not {"www.facebook.com", "in.hotjar.com", "bat.bing.com"} & initial
    # accept all: the Meta pixel and Hotjar session replay join
    assert {"www.facebook.com", "in.hotjar.com", "bat.bing.com"} <= accept
    # reject all: Microsoft UET still runs (the reject record omits the marketing key)
    assert "bat.bing.com" in reject and "www.facebook.com" not in reject
    # GPC: the site records a refusal, GA4 obeys it, the LinkedIn tag ignores it
    assert "px.ads.linkedin.com" in gpc and "region1.google-analytics.com" not in gpc


def test_the_newsletter_email_leaks_hashed_to_meta_and_plain_to_hotjar(demo: DemoRun) -> None:
    leaks = _where(demo.result["leaks"], data_type="email", phase="accept")
    by_site = {(leak["site"], leak["encoding"]) for leak in leaks}
    assert ("facebook.com", "sha256") in by_site, by_site
    assert any(site == "hotjar.com" and enc in ("plain", "lower") for site, enc in by_site), by_site
    assert not _where(demo.result["leaks"], phase="initial"), "nothing reads forms before consent"


def test_code_findings_in_every_language_and_quiet_on_safe_files(demo: DemoRun) -> None:
    findings = demo.result["code_findings"]
    by_path: dict[str, set[str]] = {}
    for f in findings:
        by_path.setdefault(f["path"], set()).add(f["category"])
    expected = {
        "backend/orders/models.py": "card_security_code_storage",
        "backend/orders/views.py": "pii_logging",
        "web/server.js": "pii_to_third_party",
        "payments/src/main/java/shop/payments/StoredCard.java": "card_number_storage",
        "shipping/main.go": "pii_logging",
        "accounts/app/controllers/passwords_controller.rb": "pii_logging",
        "legacy/newsletter.php": "pii_logging",
        "db/migrations/001_saved_cards.sql": "card_security_code_storage",
    }
    for path, category in expected.items():
        assert category in by_path.get(path, set()), f"{path}: expected {category}, got {by_path.get(path)}"
    assert "card_number_storage" in by_path["db/migrations/001_saved_cards.sql"]
    # Safe look-alikes in flagged files: an order/customer id logged, a masked card with a charge id logged,
    # a track call carrying only the user's opaque id.
    flagged = {(f["path"], f["line"]) for f in findings}
    safe_lines = {("backend/orders/views.py", 26), ("accounts/app/controllers/passwords_controller.rb", 8),
                  ("payments/src/main/java/shop/payments/PaymentService.java", 19), ("web/server.js", 22)}
    assert not safe_lines & flagged, sorted(safe_lines & flagged)
    for safe in ("payments/src/main/java/shop/payments/CardForm.java", "accounts/db/schema.rb", "db/migrations/002_card_tokens.sql"):
        assert safe not in by_path, f"{safe} handles card data safely but got {by_path.get(safe)}"
    assert all("4242 4242 4242 4242" not in f["snippet"] and "4242424242424242" not in f["snippet"] for f in findings)


def test_policy_claims_are_read_with_polarity(demo: DemoRun) -> None:
    claims = {(c["type"], c["polarity"]) for c in demo.result["claims"]}
    for expected in (("stores_full_card_number", "deny"), ("stores_card_security_code", "deny"),
                     ("uses_cookies", "affirm"), ("honors_do_not_track", "affirm"), ("sells_personal_data", "deny")):
        assert expected in claims, f"{expected} not read from policy.md; got {sorted(claims)}"
    policy_text = (Path(__file__).resolve().parents[2] / "scanner" / "demo" / "policy.md").read_text(encoding="utf-8")
    for c in demo.result["claims"]:
        assert policy_text[c["start"]:c["end"]].strip(), c


def test_verdicts_show_broken_and_kept_promises(demo: DemoRun) -> None:
    claims = {c["id"]: c for c in demo.result["claims"]}
    status: dict[str, set[str]] = {}
    for v in demo.result["verdicts"]:
        claim_type = claims[v["claim_id"]]["type"] if v["claim_id"] else "(undisclosed)"
        status.setdefault(claim_type, set()).add(v["status"])
    for claim_type in ("stores_card_security_code", "stores_full_card_number", "honors_do_not_track"):
        assert "contradicted" in status.get(claim_type, set()), f"{claim_type}: {status.get(claim_type)}"
    assert "consistent" in status.get("uses_cookies", set()), status.get("uses_cookies")
    assert "undisclosed" in status.get("(undisclosed)", set()), "Hotjar session replay is not in the policy"
    assert "manual" in {s for statuses in status.values() for s in statuses}, "retention/children are checklist items"
    failing = set(demo.result["gate"]["failures"])
    assert failing and failing <= {v["id"] for v in demo.result["verdicts"]}
