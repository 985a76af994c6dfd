"""End to end through the crawler (`scanner.crawl.crawl_site`): one crawl of a shop with a Cookie-Script
banner and a sign-up form, all four phases. The result must say which choice was made how, which tracker
fired before consent, which persisted after reject, which fired only after accept, and which personal data
reached which third party in which encoding."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from scanner.config import SiteConfig
from scanner.crawl import crawl_site
from scanner.model import ScanResult
from scanner.sitehost import SiteHost

pytestmark = [pytest.mark.browser, pytest.mark.slow]
SITES = Path(__file__).resolve().parents[1] / "sites" / "consent"


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ScanResult]:
    with SiteHost(SITES) as host:
        site = SiteConfig(url="https://cookiescript.test/", resolve=host.resolve, insecure=True, max_pages=3,
                          wait_after_load_ms=300, robots=False, sitemaps=False)
        yield crawl_site(site, tmp_path_factory.mktemp("crawl"))


def test_phases_and_consent_outcomes(result: ScanResult) -> None:
    assert result.phases == ("initial", "accept", "reject", "gpc")
    by_phase = {c.phase: c for c in result.consent}
    for phase in ("accept", "reject"):
        assert by_phase[phase].performed and by_phase[phase].method == "autoconsent:cookie-script", by_phase[phase]
        assert "CookieScriptConsent" in by_phase[phase].detail


def test_trackers_by_phase(result: ScanResult) -> None:
    def phases_of(fragment: str) -> set[str]:
        return {r.phase for r in result.requests if fragment in r.url}

    assert "initial" in phases_of("google-analytics.com/g/collect")  # fires before consent
    assert phases_of("facebook.com/tr/?id=111") == {"accept"}  # only after "accept all"
    assert phases_of("evt=consent_reject") == {"reject"}  # persists after "decline all"
    assert "reject" in phases_of("google-analytics.com/g/collect")


def test_leaks_from_the_sign_up_form(result: ScanResult) -> None:
    found = {(leak.data_type, leak.encoding, leak.site, leak.location, leak.parameter) for leak in result.leaks}
    assert ("email", "sha256", "facebook.com", "query", "ud[em]") in found  # hashed, as advanced matching does
    assert ("email", "plain", "hubspot.com", "body", "email") in found
    assert ("phone", "plain", "hotjar.com", "body", None) in found
    assert {leak.page for leak in result.leaks} == {"https://cookiescript.test/signup.html"}
    assert {leak.phase for leak in result.leaks} >= {"initial", "reject"}
