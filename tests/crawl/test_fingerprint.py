"""Fingerprinting and keylogging evidence in real Chromium, each detector against a page that does it and a
look-alike that must not trip it. The Blacklight comparison site (tests/sites/blacklight) supplies the
realistic cases: a canvas + DOM font probing agent, a canvas-font agent, a session recorder shipping typed
input, GA4 with Google signals; its journal page carries the look-alikes (a labelled chart canvas never read
back, a 12x12 badge that is, labels measured in one font, a headline fitted by reading its width); its home
page posts the search box to a search-as-you-type service. The
threshold site (tests/sites/fingerprint) probes 49 and exactly 50 fonts, hides canvas text behind a
drawImage copy, and probes inside a blank iframe it creates."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reports.evidence import Evidence
from scanner.config import SiteConfig
from scanner.crawl import crawl_site
from scanner.crawl.vendors import Attributor
from scanner.model import ScanResult
from scanner.sitehost import SiteHost

pytestmark = pytest.mark.browser
SITES = Path(__file__).resolve().parent.parent / "sites"
SHOP = "https://www.northwind-outfitters.test/"
LAB = "https://www.fp-lab.test/"


def _crawl(root: Path, url: str, out: Path) -> Iterator[tuple[ScanResult, SiteHost]]:
    with SiteHost(root) as host:
        site = SiteConfig.model_validate({"url": url, "resolve": host.resolve, "insecure": True, "phases": ["initial"],
                                          "wait_after_load_ms": 800, "page_timeout_s": 10})
        yield crawl_site(site, out, None), host


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ScanResult, SiteHost]]:
    yield from _crawl(SITES / "blacklight", SHOP, tmp_path_factory.mktemp("fp-shop"))


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ScanResult, SiteHost]]:
    yield from _crawl(SITES / "fingerprint", LAB, tmp_path_factory.mktemp("fp-lab"))


def _found(result: ScanResult, kind: str) -> set[tuple[str, str]]:
    return {(f.page.removeprefix(SHOP).removeprefix(LAB), f.script or "") for f in result.fingerprinting if f.kind == kind}


def test_canvas_font_fingerprinting_by_measure_text(shop: tuple[ScanResult, SiteHost]) -> None:
    found = _found(shop[0], "canvas_font")
    agent = "https://cdn.antifraud-example.net/afp/v2/afp.js"
    assert found == {("products/tent.html", agent), ("products/stove.html", agent)}
    # charts.js measures 19 labels in one font on the journal page: text layout, not a font probe
    assert not any(script.endswith("charts.js") for _, script in found)
    (one,) = [f for f in shop[0].fingerprinting if f.kind == "canvas_font" and f.page.endswith("tent.html")]
    assert one.detail.startswith("at least 50 fonts") and one.phase == "initial"


def test_font_probing_by_element_size(shop: tuple[ScanResult, SiteHost]) -> None:
    agent = "https://fpjscdn.net/v3/nw-pub-77/loader.js"
    assert _found(shop[0], "font_probing") == {("", agent), ("account/signup.html", agent)}  # not layout.js


def test_canvas_fingerprinting_ignores_chart_and_badge(shop: tuple[ScanResult, SiteHost]) -> None:
    agent = "https://fpjscdn.net/v3/nw-pub-77/loader.js"
    assert _found(shop[0], "canvas") == {("", agent), ("account/signup.html", agent)}


def test_thresholds_count_fonts_and_families(lab: tuple[ScanResult, SiteHost]) -> None:
    result = lab[0]
    pages = {p.url for p in result.pages if p.error is None}
    assert pages >= {LAB + page for page in ("fonts49.html", "fonts50.html", "copy.html", "iframe.html")}
    # 49 is below the published 50; a family over two fallbacks counts once, so 49 families stay below too
    assert _found(result, "canvas_font") == {("fonts50.html", LAB + "js/probe50.js")}
    # a script-made blank iframe gets the hooks too: probing through its own prototypes is caught
    assert _found(result, "font_probing") == {("fonts50.html", LAB + "js/probe50.js"), ("iframe.html", LAB + "js/iframe-probe.js")}
    # text drawn on a scratch canvas and read back from a drawImage copy is still a canvas fingerprint
    assert _found(result, "canvas") == {("copy.html", LAB + "js/copy.js"), ("iframe.html", LAB + "js/iframe-probe.js")}


def test_keylogging_is_a_leak_sent_before_submit(shop: tuple[ScanResult, SiteHost]) -> None:
    result, host = shop
    typed = {(lk.data_type, lk.site, lk.page.removeprefix(SHOP) if lk.page else "") for lk in result.leaks}
    assert {("email", "hotjar.com", "contact.html"), ("phone", "hotjar.com", "contact.html"),
            ("name", "hotjar.com", "account/signup.html"), ("email", "hotjar.com", ""),
            ("search_query", "algolia.net", "")} <= typed  # search as you type: every keystroke to the service
    assert result.leaks and all(lk.before_submit for lk in result.leaks)  # forms are never submitted by default
    assert not [h for h in host.hits if h.method == "POST" and h.path in ("/contact", "/account/create", "/newsletter")]
    assert {lk.site for lk in result.leaks} == {"hotjar.com", "algolia.net"}
    assert not [lk for lk in result.leaks if lk.data_type == "password"]  # the recorder masks password fields
    # the report says how it left; a search term is key-logging evidence but not personal data for the verdicts
    texts = [item.summary for item in Evidence(result).items("leaks")]
    assert texts and all("while typed, before any submit" in t for t in texts)
    assert not any(t.startswith("search_query") for t in texts)


def test_google_analytics_remarketing_is_recorded(shop: tuple[ScanResult, SiteHost]) -> None:
    hits = [q for q in shop[0].requests if q.host == "stats.g.doubleclick.net"]
    assert hits and all(q.params.get("tid") == "G-NW7731QX" and q.party == "third" and q.beacon for q in hits)
    assert {(q.tracker.organization, q.tracker.category) for q in hits if q.tracker} == {("Google", "advertising")}


# The hosts of every entry in Blacklight's session-recorder list (SESSION_RECORDERS_LIST in
# @themarkup/blacklight-collector 3.11.0), which it matches against request URLs.
BLACKLIGHT_RECORDER_HOSTS = (
    "mc.yandex.ru", "fullstory.com", "d2oh4tlt9mrke9.cloudfront.net", "ws.sessioncam.com", "userreplay.net",
    "static.hotjar.com", "script.hotjar.com", "insights.hotjar.com", "clicktale.net", "smartlook.com",
    "decibelinsight.net", "quantummetric.com", "inspectlet.com", "mouseflow.com", "logrocket.com", "salemove.com",
    "d10lpsik1i8c69.cloudfront.net", "luckyorange.com", "vwo.com",
)


@pytest.mark.parametrize("host", BLACKLIGHT_RECORDER_HOSTS)
def test_every_blacklight_session_recorder_is_session_replay(host: str) -> None:
    tracker = Attributor().attribute(f"https://{host}/x.js", host, True, "https://s.test/", "script")
    assert tracker is not None and tracker.category == "session_replay", host


def test_a_plain_cdn_host_is_not_a_recorder() -> None:
    tracker = Attributor().attribute("https://d111111abcdef8.cloudfront.net/app.js", "d111111abcdef8.cloudfront.net",
                                     True, "https://s.test/", "script")
    assert tracker is not None and tracker.category == "cdn"
