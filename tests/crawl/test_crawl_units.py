"""The crawler's pure parts: registrable domains and parties, URL canonicalisation and trap patterns, form
field data types, beacon classification and masking, vendor data, filter lists, Tracker Radar, HAR checks."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from scanner.config import SiteConfig
from scanner.crawl.beacons import beacon_kind, decode_params, mask_cards
from scanner.crawl.forms import infer_data_type
from scanner.crawl.har import merge_hars, problems
from scanner.crawl.parties import Parties, registrable_domain
from scanner.crawl.scope import Scope, canonical, pattern
from scanner.crawl.vendors import CATEGORIES, Attributor, bundled_vendors
from scanner.errors import ConfigError
from scanner.resources import rules_dir


@pytest.mark.parametrize(("host", "site"), [
    ("www.shop.co.uk", "shop.co.uk"), ("a.b.google-analytics.com", "google-analytics.com"),
    ("cdn.acme-shop.test", "acme-shop.test"), ("shop.test", "shop.test"), ("127.0.0.1", "127.0.0.1"),
    ("localhost", "localhost"), ("WWW.Example.COM.", "example.com"),
])
def test_registrable_domain(host: str, site: str) -> None:
    assert registrable_domain(host) == site


def test_parties_include_declared_first_party_domains() -> None:
    parties = Parties.for_site("https://www.acme.com/", ["acme-cdn.net"])
    assert parties.party("static.acme.com") == "first"
    assert parties.party("img.acme-cdn.net") == "first"
    assert parties.party("www.google-analytics.com") == "third"


def test_canonical_strips_sessions_tracking_and_order() -> None:
    assert canonical("HTTPS://Shop.test:443/a;jsessionid=XYZ?b=2&utm_source=x&a=1&PHPSESSID=9#frag") == "https://shop.test/a?a=1&b=2"
    assert canonical("http://shop.test") == "http://shop.test/"
    assert pattern("https://s.test/blog/page/17?day=3") == pattern("https://s.test/blog/page/18?day=9")
    assert pattern("https://s.test/blog/page/17") != pattern("https://s.test/about")


def test_canonical_strips_session_ids_in_paths_and_more_query_keys() -> None:
    assert canonical("https://s.test/(S(lit3py55t21z5v55vlm25s55))/account") == "https://s.test/account"
    assert canonical("https://s.test/(X(1)S(abc123))/") == "https://s.test/"
    assert canonical("https://s.test/cart?osCsid=9f8e&zenid=1&sessid=x&ttclid=y&_hsenc=z&item=7") == "https://s.test/cart?item=7"
    assert canonical("https://s.test/a(b)/c") == "https://s.test/a(b)/c"  # parentheses alone are not a session


@pytest.mark.parametrize(("same", "other"), [
    ("https://s.test/p/1", "https://s.test/p/2"),
    ("https://s.test/item/123", "https://s.test/item/98765"),
    ("https://s.test/calendar/2026/12", "https://s.test/calendar/2031/1"),
    ("https://s.test/calendar/2026/december", "https://s.test/calendar/2027/Jan"),
    ("https://s.test/events?date=2026-12-01", "https://s.test/events?date=2029-01-31"),
    ("https://s.test/s/3f2a9c1e-77b0-4d2e-9a51-0c7e2b9d1f00/cart", "https://s.test/s/0c7e2b9d-1f00-4d2e-9a51-3f2a9c1e77b0/cart"),
    ("https://s.test/o/5f4dcc3b5aa765d61d8327deb882cf99", "https://s.test/o/e99a18c428cb38d5f260853678922e03"),
])
def test_trap_patterns_generalise_numbers_months_and_tokens(same: str, other: str) -> None:
    assert pattern(same) == pattern(other)


@pytest.mark.parametrize(("one", "two"), [
    ("https://s.test/blog/2026-12-05-my-first-post", "https://s.test/blog/2026-12-05-another-story"),
    ("https://s.test/products/widget-2000", "https://s.test/products/gadget-2000"),
    ("https://s.test/p/1", "https://s.test/item/1"),
    ("https://s.test/may-the-force", "https://s.test/june-the-force"),
])
def test_trap_patterns_keep_real_pages_apart(one: str, two: str) -> None:
    assert pattern(one) != pattern(two)


def test_scope_caps_each_pattern_and_refuses_pathological_paths() -> None:
    site = SiteConfig(url="https://www.s.test/", max_per_pattern=3)
    scope = Scope(site, Parties.for_site(site.url, []))
    admitted = [n for n in range(1, 10) if scope.admit(f"https://www.s.test/p/{n}")]
    assert admitted == [1, 2, 3] and scope.trapped == {"www.s.test/p/9?"}
    assert scope.admit("https://www.s.test/item/1")  # another pattern has its own share
    assert not scope.admit("https://www.s.test/a/b/a/b/a/b/page")  # relative links feeding on themselves
    assert not scope.admit("https://www.s.test/" + "/".join(f"d{i}x" for i in range(20)))
    assert scope.refused == {"www.s.test": 2}
    assert scope.admit("https://www.s.test/docs/docs/guide")  # a segment twice is still a real site


@pytest.mark.parametrize(("name", "type_", "autocomplete", "label", "expected"), [
    ("email", "email", None, None, "email"),
    ("contact", "text", "email", None, "email"),
    ("mobile", "tel", None, None, "phone"),
    ("fullName", "text", None, None, "name"),
    ("street", "text", None, "Street address", "postal_address"),
    ("zip", "text", None, None, "postal_address"),
    ("cc-number", "text", "cc-number", None, "payment_card"),
    ("cardNumber", "text", None, None, "payment_card"),
    ("cvc", "text", None, "CVC", "card_security_code"),
    ("f3", "text", None, "Card security code", "card_security_code"),
    ("pw", "password", None, None, "password"),
    ("dob", "date", None, "Date of birth", "date_of_birth"),
    ("ssn", "text", None, "Social security number", "government_id"),
    ("passport_no", "text", None, None, "government_id"),
    ("exp", "text", None, "MM/YY", "card_expiry"),
    ("q", "search", None, "Search", None),
    ("quantity", "number", None, "Quantity", None),
    ("csrf", "hidden", None, None, None),
])
def test_form_field_data_types(name: str, type_: str, autocomplete: str | None, label: str | None, expected: str | None) -> None:
    assert infer_data_type(name, type_, autocomplete, label) == expected


def test_card_numbers_are_masked_everywhere() -> None:
    assert mask_cards("pan=4111 1111 1111 1111&x=1") == "pan=**** **** **** 1111&x=1"
    assert mask_cards("order 1234567890123") == "order 1234567890123"  # not Luhn-valid: left alone
    params = decode_params("https://t.test/c?card=4111111111111111", b'{"user": {"card": "5555-5555-5555-4444"}}', "application/json")
    assert "4111111111111111" not in json.dumps(params) and "5555-5555-5555-4444" not in json.dumps(params)
    assert params["user.card"].endswith("4444")


def test_decode_params_forms_json_and_batches() -> None:
    assert decode_params("https://t.test/c?v=2&tid=G-1", b"en=scroll&x=1", None) == {"v": "2", "tid": "G-1", "en": "scroll", "x": "1"}
    assert decode_params("https://t.test/e", b'[{"ev": "a"}]', "text/plain") == {"body[0].ev": "a"}


def test_beacon_kinds() -> None:
    assert beacon_kind("ping", "POST", "https://t.test/b", {"content-type": "text/plain"}, True, False, 204, 0, {}) == "sendBeacon"
    assert beacon_kind("ping", "POST", "https://t.test/p", {"ping-to": "https://x/"}, True, False, 204, 0, {}) == "ping"
    assert beacon_kind("image", "GET", "https://t.test/tr?a=1", {}, True, False, 200, 43, {}) == "pixel"
    assert beacon_kind("image", "GET", "https://t.test/logo.png", {}, True, False, 200, 5000, {}) is None
    assert beacon_kind("image", "GET", "https://s.test/tiny.gif", {}, False, False, 200, 43, {}) is None  # first party
    assert beacon_kind("xhr", "POST", "https://t.test/collect", {}, True, True, 200, 10, {}) == "tracker"
    assert beacon_kind("script", "GET", "https://t.test/tag.js", {}, True, True, 200, 10, {}) is None


def test_vendor_data_is_well_formed_and_large_enough() -> None:
    seen: dict[str, str] = {}
    for path in sorted((rules_dir() / "vendors").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for entry in data["vendor"]:
            assert entry.get("category", data.get("category")) in CATEGORIES
            for domain in entry["domains"]:
                assert domain == domain.lower() and "/" not in domain
                assert domain not in seen, f"{domain} in both {seen[domain]} and {path.name}"
                seen[domain] = path.name
    assert len(bundled_vendors()) >= 150


def test_attribution_from_vendor_data() -> None:
    a = Attributor()
    tracker = a.attribute("https://www.google-analytics.com/g/collect", "www.google-analytics.com", True, "https://s.test/", "ping")
    assert tracker is not None and (tracker.organization, tracker.category, tracker.source) == ("Google", "analytics", "vendors")
    fonts = a.attribute("https://fonts.googleapis.com/css", "fonts.googleapis.com", True, "https://s.test/", "stylesheet")
    assert fonts is not None and fonts.category == "fonts"
    assert a.attribute("https://www.google-analytics.com/x", "www.google-analytics.com", False, "https://s.test/", "script") is None


def test_user_filter_list_names_list_and_rule(tmp_path: Path) -> None:
    easyprivacy = tmp_path / "easyprivacy.txt"
    easyprivacy.write_text("! test list\n||tracker.example^$third-party\n/pixel/collect?\n", encoding="utf-8")
    a = Attributor([easyprivacy])
    hit = a.attribute("https://tracker.example/p.js", "tracker.example", True, "https://s.test/", "script")
    assert hit is not None and hit.source == "easyprivacy" and hit.rule == "||tracker.example^$third-party"
    proxied = a.attribute("https://s.test/pixel/collect?id=1", "s.test", False, "https://s.test/", "image")
    assert proxied is not None and proxied.rule == "/pixel/collect?"  # a first-party collector is caught by the list
    assert a.attribute("https://cdn.example/app.js", "cdn.example", True, "https://s.test/", "script") is None


def test_tracker_radar_directory(tmp_path: Path) -> None:
    region = tmp_path / "domains" / "US"
    region.mkdir(parents=True)
    (region / "trackco.example.json").write_text(json.dumps({
        "domain": "trackco.example", "owner": {"name": "TrackCo Inc", "displayName": "TrackCo"},
        "categories": ["Analytics", "Session Replay"]}), encoding="utf-8")
    hit = Attributor([tmp_path]).attribute("https://rec.trackco.example/r", "rec.trackco.example", True, "https://s.test/", "xhr")
    assert hit is not None and (hit.organization, hit.category, hit.source) == ("TrackCo", "session_replay", "tracker-radar")
    with pytest.raises(ConfigError, match="no such file"):
        Attributor([tmp_path / "missing.txt"])


def test_har_merge_masks_cards_redacts_cookies_and_checks(tmp_path: Path) -> None:
    entry = {"startedDateTime": "2026-01-01T00:00:00Z", "time": 1, "pageref": "page@1", "cache": {},
             "timings": {"send": 0, "wait": 1, "receive": 0},
             "request": {"method": "GET", "url": "https://t.test/c?card=4111111111111111", "httpVersion": "HTTP/1.1",
                         "cookies": [{"name": "sid", "value": "secret"}], "headers": [{"name": "Cookie", "value": "sid=secret; a=b"}],
                         "queryString": [], "headersSize": -1, "bodySize": 0},
             "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [], "redirectURL": "",
                          "headers": [{"name": "Set-Cookie", "value": "sid=secret; Path=/"}],
                          "content": {"size": 0, "mimeType": "text/html"}, "headersSize": -1, "bodySize": 0}}
    page = {"startedDateTime": "2026-01-01T00:00:00Z", "id": "page@1", "title": "t", "pageTimings": {}}
    part = tmp_path / "initial.har"
    part.write_text(json.dumps({"log": {"version": "1.2", "creator": {"name": "x", "version": "1"}, "pages": [page], "entries": [entry]}}))
    assert merge_hars([("initial", part)], tmp_path / "crawl.har") == 1
    text = (tmp_path / "crawl.har").read_text()
    assert "4111111111111111" not in text and "secret" not in text
    har = json.loads(text)
    assert problems(har) == []
    assert har["log"]["entries"][0]["pageref"] == "initial:page@1"
    del har["log"]["entries"][0]["timings"]
    assert problems(har) == ["entries[0] lacks timings", "entries[0].timings needs send, wait and receive"]


def test_progress_bar_on_a_terminal_and_lines_elsewhere() -> None:
    import io

    from scanner.crawl.progress import CrawlProgress

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty, lines = Tty(), []
    bar = CrawlProgress(lines.append, tty)
    bar.event({"t": "progress", "done": 3, "total": 10, "url": "u", "phase": "initial", "error": None})
    assert "[#######" in tty.getvalue() and "3/10 pages" in tty.getvalue() and "pages/min, ETA" in tty.getvalue()
    assert lines == []
    plain_lines: list[str] = []
    plain = CrawlProgress(plain_lines.append, io.StringIO())
    for done in range(1, 11):
        plain.event({"t": "progress", "done": done, "total": 20, "url": f"u{done}", "phase": "initial", "error": None})
    plain.event({"t": "progress", "done": 11, "total": 20, "url": "bad", "phase": "initial", "error": "HTTP 500"})
    assert len(plain_lines) == 3 and plain_lines[-1] == "crawl: initial: bad: HTTP 500" and "ETA" in plain_lines[1]


def test_scope_patterns_first_party_domains_and_trap_guard() -> None:
    from scanner.config import SiteConfig
    from scanner.crawl.scope import Scope

    site = SiteConfig(url="https://www.acme.com/", first_party_domains=["acme-cdn.net"], include=[r"/shop/|/$"],
                      exclude=[r"/shop/admin"], max_per_pattern=2)
    scope = Scope(site, Parties.for_site(site.url, site.first_party_domains))
    assert scope.allowed("https://www.acme.com/shop/item") and scope.allowed("https://static.acme-cdn.net/shop/x")
    assert not scope.allowed("https://www.acme.com/blog/post")  # not included
    assert not scope.allowed("https://www.acme.com/shop/admin/users")  # excluded
    assert not scope.allowed("https://www.acme.com/shop/manual.pdf")  # a download
    assert not scope.in_site("https://www.google.com/shop/") and not scope.allowed("mailto:a@acme.com")
    assert [scope.admit(f"https://www.acme.com/shop/page/{n}") for n in range(4)] == [True, True, False, False]
    assert scope.trapped == {"www.acme.com/shop/page/9?"}
