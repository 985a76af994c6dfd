"""One crawl of the rich fixture site (tests/sites/crawl: a shop over HTTPS with a self-signed certificate,
Google Analytics, the Meta pixel, Hotjar and DoubleClick played by loopback hosts through --resolve), all
four phases, checked item by item against what the fixture is known to do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scanner.crawl.har import problems
from scanner.model import ScanResult
from scanner.schema import validate
from scanner.serde import to_dict
from scanner.sitehost import SiteHost

pytestmark = pytest.mark.browser
Crawl = tuple[ScanResult, Path]
START = "https://www.acme-shop.test/"


def _pages(result: ScanResult, phase: str = "initial") -> dict[str, object]:
    return {p.url.removeprefix(START[:-1]): p for p in result.pages if p.phase == phase}


def test_result_validates_and_lists_phases(acme_crawl: Crawl) -> None:
    result, _ = acme_crawl
    validate(to_dict(result))
    assert result.phases == ("initial", "accept", "reject", "gpc")
    for key in ("cookies", "requests", "storage", "forms"):
        assert {r.phase for r in getattr(result, key)} >= {"initial", "gpc"}, key


def test_seeds_scope_and_traps(acme_crawl: Crawl) -> None:
    pages = _pages(acme_crawl[0])
    assert "/sitemap-only.html" in pages  # only in the sitemap index's child sitemap
    assert "/script-only.html" in pages  # a link added by script after load
    assert "/private/secret.html" not in pages  # robots.txt Disallow
    assert "/brochure.pdf" not in pages and "/index.html" in pages  # a download is not a page; ?sessionid stripped
    blog = [u for u in pages if u.startswith("/blog/page/")]
    assert len(blog) == 4  # endless pagination stops at max_per_pattern
    assert set(acme_crawl[0].external_links) == {"https://twitter.com/acmeshop", "https://www.example.org/partners"}
    assert not any("twitter.com" in p.url for p in acme_crawl[0].pages)


def test_faults_are_recorded_and_the_crawl_goes_on(acme_crawl: Crawl) -> None:
    result = acme_crawl[0]
    pages = _pages(result)
    assert pages["/broken.html"].error == "HTTP 500" and pages["/broken.html"].status == 500
    assert pages["/gone.html"].error == "HTTP 404"
    assert "ERR_TOO_MANY_REDIRECTS" in (pages["/loop"].error or "")
    assert (pages["/leave"].error or "").startswith("redirected off-site to https://www.example.org/")
    assert (pages["/report"].error or "").startswith("not an HTML page")
    assert (pages["/slow.html"].error or "").startswith("timed out")
    assert "/after-error.html" not in pages  # links on an error page are not followed
    assert {e.target for e in result.errors} >= {START + "broken.html", START + "loop", START + "slow.html"}
    assert pages["/products/widget.html"].error is None


def test_cookies_with_provenance(acme_crawl: Crawl) -> None:
    cookies = {c.name: c for c in acme_crawl[0].cookies if c.phase == "initial"}
    session = cookies["shop_session"]
    assert (session.party, session.http_only, session.secure, session.expires) == ("first", True, False, None)
    assert session.provenance is not None and (session.provenance.kind, session.provenance.url) == ("header", START)
    ga = cookies["_ga"]
    assert ga.provenance is not None and (ga.provenance.kind, ga.provenance.url) == ("script", "https://www.google-analytics.com/analytics.js")
    assert ga.party == "first" and ga.lifetime_days is not None and ga.lifetime_days > 300
    assert cookies["recently_viewed"].provenance.url == START + "js/app.js"  # type: ignore[union-attr]
    assert cookies["_ga"].value_length > 10
    assert all("value" not in to_dict(c) for c in cookies.values())  # the length only, never the value


def test_third_party_cookies_are_observed(acme_crawl: Crawl) -> None:
    cookies = {c.name: c for c in acme_crawl[0].cookies if c.phase == "initial"}
    expected = (("IDE", "doubleclick.net", "Google"), ("fr", "facebook.com", "Meta"), ("NID", "google-analytics.com", "Google"))
    for name, site, org in expected:
        c = cookies[name]
        assert (c.party, c.site, c.secure, c.same_site) == ("third", site, True, "None")
        assert c.provenance is not None and c.provenance.kind == "header" and site in (c.provenance.url or "")
        assert c.tracker is not None and c.tracker.organization == org


def test_requests_parties_and_trackers(acme_crawl: Crawl) -> None:
    requests = [r for r in acme_crawl[0].requests if r.phase == "initial"]
    doc = next(r for r in requests if r.url == START and r.resource_type == "document")
    assert (doc.party, doc.site, doc.status, doc.tracker) == ("first", "acme-shop.test", 200, None)
    fbevents = next(r for r in requests if r.url.endswith("/fbevents.js"))
    assert fbevents.party == "third" and fbevents.initiator == START and fbevents.frame_url == START
    assert fbevents.tracker is not None and (fbevents.tracker.organization, fbevents.tracker.category) == ("Meta", "advertising")
    pixel = next(r for r in requests if r.host == "www.facebook.com")
    assert pixel.size is not None and pixel.status == 200
    beacon = next(r for r in requests if r.beacon_kind == "sendBeacon")
    assert beacon.initiator == "https://www.google-analytics.com/analytics.js"  # the script on DevTools' stack
    third = {t.site: t for t in acme_crawl[0].third_parties}
    assert set(third) >= {"google-analytics.com", "facebook.net", "facebook.com", "hotjar.com", "doubleclick.net"}
    assert third["hotjar.com"].category == "session_replay" and third["google-analytics.com"].organization == "Google"
    assert third["facebook.com"].cookies >= 1 and set(third["google-analytics.com"].phases) >= {"initial", "accept"}


def test_each_beacon_kind_with_decoded_params(acme_crawl: Crawl) -> None:
    beacons = [r for r in acme_crawl[0].requests if r.beacon and r.phase == "initial"]
    kinds = {r.beacon_kind for r in beacons}
    assert kinds >= {"sendBeacon", "ping", "pixel", "tracker"}
    send = next(r for r in beacons if r.beacon_kind == "sendBeacon")
    assert send.params["en"] == "page_view" and send.params["tid"] == "G-THIN123"
    ping = next(r for r in beacons if r.beacon_kind == "ping")
    assert ping.url.startswith("https://www.google-analytics.com/ping-collect") and ping.params["src"] == "anchor"
    fb = next(r for r in beacons if r.host == "www.facebook.com")
    assert fb.beacon_kind == "pixel" and fb.params["ev"] == "PageView" and fb.params["id"] == "998877"
    tracker = next(r for r in beacons if r.beacon_kind == "tracker")
    assert tracker.method == "POST" and tracker.params["scroll"] == "90"


def test_storage_keys_per_origin(acme_crawl: Crawl) -> None:
    items = {(s.kind, s.key) for s in acme_crawl[0].storage if s.phase == "initial" and s.origin == START[:-1]}
    assert items >= {("local", "cart_items"), ("session", "visit_started"), ("indexeddb", "acme-offline"),
                     ("session", "_hjSession_3141"), ("local", "_hjSessionUser_3141")}


def test_forms_and_data_types(acme_crawl: Crawl) -> None:
    forms = {f.page.removeprefix(START[:-1]): f for f in acme_crawl[0].forms if f.phase == "initial"}
    signup = {f.name: f.data_type for f in forms["/account/signup.html"].fields}
    assert signup == {"email": "email", "mobile": "phone", "fullName": "name", "street": "postal_address", "zip": "postal_address",
                      "dob": "date_of_birth", "ssn": "government_id", "pw": "password", "csrf": None, "q": None}
    checkout = {f.name: f.data_type for f in forms["/checkout.html"].fields}
    assert checkout == {"cardholder": "name", "cc-number": "payment_card", "exp": "card_expiry", "cvc": "card_security_code"}
    assert forms["/newsletter.html"].insecure and not forms["/checkout.html"].insecure
    assert forms["/account/signup.html"].method == "post"


def test_transport(acme_crawl: Crawl) -> None:
    (t,) = [t for t in acme_crawl[0].transport if t.origin == START[:-1]]
    assert t.https and t.redirects_to_https is True
    assert (t.hsts_max_age, t.hsts_include_subdomains, t.hsts_preload) == (31536000, True, True)
    assert "http://www.acme-shop.test/js/legacy.js" in t.mixed_content
    assert "shop_session" in t.insecure_cookies and "signup_ab" not in t.insecure_cookies
    assert t.insecure_forms == ("http://www.acme-shop.test/subscribe",)


def test_fingerprinting_and_session_replay(acme_crawl: Crawl) -> None:
    found = {(f.kind, f.script) for f in acme_crawl[0].fingerprinting if f.phase == "initial" and f.page == START}
    assert ("canvas", START + "js/fp.js") in found and ("canvas_font", START + "js/fp.js") in found
    assert any(kind == "session_replay" and "hotjar" in (script or "") for kind, script in found)


def test_phases_and_consent(acme_crawl: Crawl) -> None:
    result = acme_crawl[0]
    outcomes = {c.phase: c for c in result.consent}
    assert set(outcomes) == {"initial", "accept", "reject", "gpc"}
    for phase in ("accept", "reject", "gpc"):
        pages = [p for p in result.pages if p.phase == phase]
        assert 1 <= len(pages) <= 3 and any(p.url == START for p in pages)
    assert not any(c.name == "consent" for c in result.cookies if c.phase in ("initial", "gpc"))
    if outcomes["accept"].performed:  # made by the consent module when it is present
        assert any(c.name == "consent" for c in result.cookies if c.phase == "accept")


def test_resolve_reaches_scrapy_downloads(acme_crawl: Crawl, acme_host: SiteHost) -> None:
    scrapy_hits = {h.path for h in acme_host.hits_for("www.acme-shop.test") if "compliance-scanner" in h.headers.get("User-Agent", "")}
    assert {"/robots.txt", "/sitemap.xml", "/sitemap-pages.xml"} <= scrapy_hits
    plain = [h for h in acme_host.hits_for("www.acme-shop.test") if h.scheme == "http" and h.path == "/"]
    assert plain  # the HTTP→HTTPS probe went to the HTTP port (the *:80 rule), not the HTTPS one


def test_har_is_valid_and_masked(acme_crawl: Crawl) -> None:
    result, out = acme_crawl
    assert result.artifacts["har"] == "crawl.har"
    har = json.loads((out / "crawl.har").read_text(encoding="utf-8"))
    assert problems(har) == []
    urls = {e["request"]["url"] for e in har["log"]["entries"]}
    assert START in urls and any("facebook.com/tr" in u for u in urls)
    assert {e["_phase"] for e in har["log"]["entries"]} == {"initial", "accept", "reject", "gpc"}
    assert "s3ss10n" not in json.dumps(har)  # cookie values are replaced by their length
