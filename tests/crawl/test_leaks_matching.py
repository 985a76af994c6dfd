"""The canary matcher on hand-built requests: every encoding and location the issue names, the names of
the encodings it reports, no hit on ordinary tracker traffic, pixel decoding, and field classification."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
from urllib.parse import quote

import pytest

from scanner.crawl.formfill import field_kind
from scanner.crawl.leaks import Canaries, LeakHit, decode_pixel, find_leaks, make_canaries

C = make_canaries("scan-7f3a9c01")


def sha(algo: str, text: str) -> str:
    return hashlib.new(algo, text.encode()).hexdigest()


def hits(url: str, body: bytes | None = None, headers: dict[str, str] | None = None, method: str = "GET",
         canaries: Canaries = C) -> set[tuple[str, str, str, str | None]]:
    return {(h.data_type, h.encoding, h.location, h.parameter) for h in find_leaks(url, method, headers or {}, body, canaries)}


def test_canaries_are_deterministic_distinct_and_plausible() -> None:
    assert make_canaries("scan-7f3a9c01") == C
    other = make_canaries("another-scan")
    assert other.email != C.email and other.first_name != C.first_name
    assert C.email == "cs-scan7f3a9c01@example.com"
    assert C.phone.startswith("+447700900") and len(C.phone) == 13  # Ofcom's range reserved for drama
    assert C.first_name.isalpha() and C.last_name.isalpha() and C.city.isalpha()
    assert make_canaries("x").email.startswith("cs-") and len(make_canaries("x").seed) >= 6


@pytest.mark.parametrize(("value", "encoding"), [
    (C.email, "plain"),
    (C.email.upper(), "upper"),
    (quote(C.email, safe=""), "urlencoded"),  # sent double-encoded: one layer survives decoding the query
    (base64.b64encode(C.email.encode()).decode(), "base64"),
    (base64.urlsafe_b64encode(C.email.encode()).decode().rstrip("="), "base64"),
    (sha("md5", C.email), "md5"),
    (sha("sha1", C.email), "sha1"),
    (sha("sha256", C.email), "sha256"),
    (sha("sha256", C.email).upper(), "sha256"),
    (sha("sha512", C.email), "sha512"),
    (base64.b64encode(hashlib.sha256(C.email.encode()).digest()).decode(), "base64(sha256)"),
    (base64.urlsafe_b64encode(hashlib.md5(C.email.encode()).digest()).decode().rstrip("="), "base64(md5)"),
    (sha("sha256", sha("md5", C.email)), "sha256(md5)"),
    (sha("sha256", base64.b64encode(C.email.encode()).decode()), "sha256(base64)"),
])
def test_email_encodings_in_query(value: str, encoding: str) -> None:
    assert hits(f"https://t.example/c?x=1&u={quote(value, safe='')}") == {("email", encoding, "query", "u")}


def test_other_data_types_and_their_normalisations() -> None:
    digits = C.phone.lstrip("+")
    body = "&".join([
        f"ph={digits}", f"ph2=0{digits[2:]}", f"fn={sha('sha256', C.first_name.lower())}",
        f"ln={C.last_name.upper()}", f"ct={sha('sha256', C.city.lower())}", f"st={quote(C.street)}",
        f"db={sha('sha256', C.date_of_birth.replace('-', ''))}", f"pw={C.password}",
    ]).encode()
    found = hits("https://t.example/collect", body, {"Content-Type": "application/x-www-form-urlencoded"}, "POST")
    assert found == {
        ("phone", "digits", "body", "ph"), ("phone", "digits", "body", "ph2"),
        ("name", "sha256(lower)", "body", "fn"), ("name", "upper", "body", "ln"),
        ("postal_address", "sha256(lower)", "body", "ct"), ("postal_address", "plain", "body", "st"),
        ("date_of_birth", "sha256(digits)", "body", "db"), ("password", "plain", "body", "pw"),
    }


def test_locations_path_fragment_headers_cookies_json_text_gzip_websocket() -> None:
    assert hits(f"https://t.example/u/{quote(C.email)}/x") == {("email", "plain", "path", None)}
    assert hits(f"https://t.example/#email={C.email}") == {("email", "plain", "fragment", "email")}
    assert hits(f"https://t.example/#{C.email}") == {("email", "plain", "fragment", None)}
    referer = {"Referer": f"https://shop.test/thanks?e={quote(C.email)}", "Cookie": f"a=1; uid={quote(C.phone)}"}
    assert hits("https://t.example/p.gif", headers=referer) == {
        ("email", "plain", "header", "referer"), ("phone", "plain", "cookie", "uid")}
    nested = json.dumps({"events": [{"user": {"em": sha("sha256", C.email)}, "props": json.dumps({"n": C.full_name})}]})
    assert hits("https://t.example/e", nested.encode(), {"content-type": "application/json"}, "POST") == {
        ("email", "sha256", "body", "events[0].user.em"), ("name", "plain", "body", "events[0].props.n")}
    assert hits("https://t.example/e", f"hello {C.first_name}!".encode(), method="POST") == {("name", "plain", "body", None)}
    assert hits("https://t.example/e", gzip.compress(json.dumps({"m": C.email}).encode()), method="POST") == {
        ("email", "plain", "body", "m")}
    assert hits("wss://t.example/socket", json.dumps({"keys": C.phone}).encode(), method="WEBSOCKET") == {
        ("phone", "plain", "websocket", "keys")}


@pytest.mark.parametrize("prefix", ["", "x", "xy"])
def test_base64_of_a_whole_payload_at_every_alignment(prefix: str) -> None:
    payload = base64.b64encode(json.dumps({"k": prefix, "$email": C.email, "t": 1}).encode()).decode()
    assert ("email", "base64", "query", "data") in hits(f"https://api.mixpanel.example/track?data={quote(payload)}")


def test_ordinary_tracker_traffic_is_not_a_leak() -> None:
    ga = ("https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&cid=1699999999.1700000000&en=page_view"
          "&dl=https%3A%2F%2Fshop.test%2Fproducts%3Fpage%3D2&dt=Shop&_p=1234567890&sid=1700000000")
    assert hits(ga, b"en=scroll&epn.percent_scrolled=90\nen=click", {"User-Agent": "Mozilla/5.0", "Cookie": "_ga=GA1.1.1"}) == set()
    # The date of birth as 8 bare digits could be any identifier: only its hashes count.
    assert hits(f"https://t.example/?ts={C.date_of_birth.replace('-', '')}") == set()
    assert hits("https://t.example/", json.dumps({"other": make_canaries("zzz-other").email}).encode(), method="POST") == set()


def test_leak_hit_is_frozen() -> None:
    hit = find_leaks(f"https://t.example/?e={C.email}", "GET", {}, None, C)[0]
    assert hit == LeakHit("email", "plain", "query", "e")
    with pytest.raises(AttributeError):
        hit.encoding = "x"  # type: ignore[misc]


def test_decode_meta_pixel_advanced_matching() -> None:
    em = sha("sha256", C.email)
    url = f"https://www.facebook.com/tr/?id=123456&ev=Lead&dl=https%3A%2F%2Fshop.test%2F&ud[em]={em}&cd[value]=9.99&noise=1"
    fields = decode_pixel(url, None)
    assert fields == {"vendor": "Meta Pixel", "pixel_id": "123456", "event": "Lead", "page_url": "https://shop.test/",
                      "user_data.email": em, "custom_data.value": "9.99"}
    assert decode_pixel("https://www.facebook.com/tr/", f"id=9&ev=Purchase&ud[ph]={em}".encode()) == {
        "vendor": "Meta Pixel", "pixel_id": "9", "event": "Purchase", "user_data.phone": em}


def test_decode_ga4_batch_and_unknown() -> None:
    url = "https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&cid=1.2&uid=u-77&dl=https%3A%2F%2Fshop.test%2F"
    fields = decode_pixel(url, b"en=page_view&ep.origin=home\nen=scroll")
    assert fields["vendor"] == "Google Analytics" and fields["measurement_id"] == "G-ABC123"
    assert fields["client_id"] == "1.2" and fields["user_id"] == "u-77" and fields["page_url"] == "https://shop.test/"
    assert fields["event"] == "page_view" and fields["events"] == "page_view,scroll"
    assert fields["event_param.origin"] == "home"
    assert decode_pixel("https://www.google-analytics.com/collect?v=1&t=pageview&tid=UA-1-1&cid=5", None)["hit_type"] == "pageview"
    assert decode_pixel("https://cdn.example/app.js?id=1", None) == {}


@pytest.mark.parametrize(("desc", "kind"), [
    ({"type": "email", "name": "x"}, "email"),
    ({"type": "text", "autocomplete": "shipping postal-code"}, "postcode"),
    ({"type": "text", "autocomplete": "given-name"}, "first_name"),
    ({"type": "text", "name": "cognome", "label": "Cognome"}, "last_name"),
    ({"type": "text", "name": "nome", "label": "Nome"}, "first_name"),
    ({"type": "text", "name": "vorname"}, "first_name"),
    ({"type": "text", "label": "Téléphone portable"}, "phone"),
    ({"type": "text", "placeholder": "Straße und Hausnummer"}, "street"),
    ({"type": "text", "name": "name"}, "full_name"),
    ({"type": "text", "name": "username"}, "username"),
    ({"type": "date", "label": "Geburtsdatum"}, "date_of_birth"),
    ({"type": "date", "label": "Arrival"}, None),
    ({"type": "text", "autocomplete": "cc-number", "name": "email"}, None),  # payment: never touched
    ({"type": "text", "placeholder": "Card number"}, None),
    ({"type": "text", "name": "q", "placeholder": "Search products"}, "search"),  # the scan's search term
    ({"type": "search", "name": "site-search"}, "search"),
    ({"type": "text", "name": "search_coupon", "placeholder": "Search codes"}, None),  # not a query name: never-fill
    ({"type": "text", "name": "q", "autocomplete": "cc-number"}, None),
    ({"type": "checkbox", "name": "email_optin"}, None),
    ({"type": "text", "name": "comment"}, "text"),  # no known data type: a neutral word, for key loggers
    ({"type": "text", "name": "coupon"}, None),
])
def test_field_kind(desc: dict[str, str], kind: str | None) -> None:
    assert field_kind(desc) == kind
