"""Leaks of personal data to third parties: per-scan canary values and a fast matcher for outgoing traffic.
`make_canaries(seed)` invents one value per data type (an email `cs-<seed>@example.com`, a phone number in the
UK's range reserved for drama, pseudo-words for names and streets) that never occur by chance, so any request
that carries one — plain, re-cased, digits only, URL-encoded, base64 at any alignment, hashed with md5/sha1/
sha256/sha512, or two such layers (e.g. base64 of sha256, sha256 of the lower-cased email as the Meta pixel
sends it) — is a leak. All needles are compiled once per scan into one trie-shaped regex, so matching a request
costs one pass over each of its parts. `find_leaks` walks a request's path, query, fragment, body (form, JSON,
text, gzip), headers and cookies; a WebSocket frame is passed with method "WEBSOCKET" and its payload as body.
`fill_forms` (in formfill.py) types the canaries into pages; `decode_pixel` (pixels.py) names pixel fields.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import gzip
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import quote, quote_plus, unquote, urlsplit

from scanner.crawl.formfill import fill_forms
from scanner.crawl.pixels import decode_pixel, flatten_params
from scanner.crawl.pixels import parse_query as _parse_query

__all__ = ["Canaries", "LeakHit", "decode_pixel", "fill_forms", "find_leaks", "make_canaries", "needle_count"]

WEBSOCKET = "WEBSOCKET"  # the pseudo-method the crawler passes for a WebSocket frame (body = payload)
_HASHES = ("md5", "sha1", "sha256", "sha512")
_MIN_NEEDLE = 8  # shorter strings could turn up by chance in random identifiers


@dataclass(frozen=True)
class Canaries:
    """One scan's invented personal data; `value(kind)` gives what a form field of that kind receives."""

    seed: str
    email: str
    phone: str  # E.164, UK drama range (+44 7700 900xxx): never a real subscriber
    first_name: str
    last_name: str
    street: str
    city: str
    postcode: str
    date_of_birth: str  # ISO 8601
    password: str
    # typed into search boxes: not personal data, but a search service receiving it keystroke by keystroke is
    # what Blacklight reports as key logging (data type "search_query")
    search_term: str = ""
    free_text: str = ""  # typed into text boxes of no known data type (data type "free_text")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def value(self, kind: str) -> str | None:
        """The value for a field kind (email, phone, first_name, last_name, full_name, street, city,
        postcode, address, date_of_birth, password, username, search, text)."""
        values = {
            "email": self.email, "username": self.email, "phone": self.phone, "first_name": self.first_name,
            "last_name": self.last_name, "full_name": self.full_name, "street": self.street, "city": self.city,
            "postcode": self.postcode, "address": f"{self.street}, {self.postcode} {self.city}",
            "date_of_birth": self.date_of_birth, "password": self.password, "search": self.search_term or None,
            "text": self.free_text or None,
        }
        return values.get(kind)


@dataclass(frozen=True)
class LeakHit:
    data_type: str  # email | phone | name | postal_address | date_of_birth | password | search_query | free_text
    encoding: str  # plain, lower, upper, digits, urlencoded, base64, sha256, base64(sha256), sha256(lower)...
    location: str  # path | query | fragment | body | header | cookie | websocket
    parameter: str | None


def _pseudo_word(data: bytes) -> str:
    consonants, vowels = "bdfgklmnprstvz", "aeiou"
    word = "".join(consonants[b % 14] + vowels[(b // 14) % 5] for b in data[:4]) + consonants[data[4] % 14]
    return word.capitalize()


def make_canaries(seed: str) -> Canaries:
    """Deterministic canaries for a seed (e.g. the scan id); short seeds are stretched by hashing."""
    token = re.sub(r"[^a-z0-9]", "", seed.lower())[:12]
    if len(token) < 6:
        token = hashlib.sha256(seed.encode()).hexdigest()[:10]
    h = hashlib.sha256(f"compliance-scanner canary {seed}".encode()).digest()
    street_no = 10 + h[14] % 89
    return Canaries(
        seed=token,
        email=f"cs-{token}@example.com",
        phone=f"+447700900{int.from_bytes(h[16:18], 'big') % 1000:03d}",
        first_name=_pseudo_word(h[0:5]),
        last_name=_pseudo_word(h[5:10]),
        street=f"{street_no} {_pseudo_word(h[20:25])} Street",
        city=_pseudo_word(h[10:15]),
        postcode=f"{10000 + int.from_bytes(h[25:27], 'big') % 89999:05d}",
        date_of_birth=f"{1960 + h[18] % 40}-{1 + h[19] % 12:02d}-{1 + h[27] % 28:02d}",
        password=f"Cs-{token}-Pw!7",
        search_term=_pseudo_word(hashlib.sha256(f"compliance-scanner search {seed}".encode()).digest()),
        free_text=_pseudo_word(hashlib.sha256(f"compliance-scanner text {seed}".encode()).digest()),
    )


def _sources(c: Canaries) -> Iterator[tuple[str, str, str, bool]]:
    """(data_type, value, label, searchable as is): the forms a site may derive from what was typed."""
    yield "email", c.email, "", True
    digits = re.sub(r"\D", "", c.phone)
    yield "phone", c.phone, "", True
    yield "phone", f"+44 {digits[2:6]} {digits[6:]}", "", True
    yield "phone", digits, "digits", True
    yield "phone", "0" + digits[2:], "digits", True
    yield "phone", digits[2:], "digits", True
    for name in (c.full_name, c.first_name, c.last_name):
        yield "name", name, "", True
    yield "postal_address", c.street, "", True
    yield "postal_address", c.city, "", True
    year, month, day = c.date_of_birth.split("-")
    yield "date_of_birth", c.date_of_birth, "", True
    for formatted in (f"{day}.{month}.{year}", f"{day}/{month}/{year}", f"{month}/{day}/{year}"):
        yield "date_of_birth", formatted, "", True
    yield "date_of_birth", f"{year}{month}{day}", "digits", False  # only hashed: 8 digits may occur by chance
    yield "password", c.password, "", True
    if c.search_term:
        yield "search_query", c.search_term, "", True
    if c.free_text:
        yield "free_text", c.free_text, "", True


def _wrap(outer: str, inner: str) -> str:
    return f"{outer}({inner})" if inner else outer


def _b64_variants(data: bytes) -> set[str]:
    std = base64.b64encode(data).decode()
    url = base64.urlsafe_b64encode(data).decode()
    return {std, std.rstrip("="), url, url.rstrip("=")}


def _b64_unaligned(data: bytes) -> set[str]:
    """Base64 of `data` as it appears inside a longer encoded payload, at each of the three alignments:
    only the characters that depend on `data` alone."""
    found = set()
    for pad in range(3):
        encoded = base64.b64encode(b"\0" * pad + data).decode()
        start, end = -(-8 * pad // 6), 8 * (pad + len(data)) // 6
        part = encoded[start:end]
        found |= {part, part.replace("+", "-").replace("/", "_")}
    return found


def _encodings(value: str, label: str) -> Iterator[tuple[str, str]]:
    """(needle, encoding) for one source value: case variants, URL and base64 forms, hashes and two layers."""
    cases = {"": value, "lower": value.lower(), "upper": value.upper()}
    for case, text in cases.items():
        if case and text == value:
            continue  # the same string: keep the simpler name
        inner = ",".join(x for x in (label, case) if x)
        yield text, inner or "plain"
        for encoded in (quote(text, safe=""), quote_plus(text)):
            if encoded != text:
                yield encoded, _wrap("urlencoded", inner)
        raw = text.encode()
        for b64 in _b64_unaligned(raw):
            yield b64, _wrap("base64", inner)
        for algo in _HASHES:
            digest = hashlib.new(algo, raw)
            hexed = digest.hexdigest()
            yield hexed, _wrap(algo, inner)
            yield hexed.upper(), _wrap(algo, inner)
            for b64 in _b64_variants(digest.digest()) | _b64_variants(hexed.encode()):
                yield b64, _wrap("base64", _wrap(algo, inner))
            for outer in _HASHES:
                yield hashlib.new(outer, hexed.encode()).hexdigest(), _wrap(outer, _wrap(algo, inner))
        b64_text = base64.b64encode(raw).decode()
        for algo in _HASHES:
            yield hashlib.new(algo, b64_text.encode()).hexdigest(), _wrap(algo, _wrap("base64", inner))


_Trie = dict[str, "_Trie"]


def _trie_pattern(words: list[str]) -> str:
    """One regex alternation shaped as a trie, so matching cost does not grow with the number of needles."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        group = "(?:" + "|".join(alts) + ")"
        return group + "?" if "" in node else group

    return build(trie)


@functools.lru_cache(maxsize=8)
def _matcher(canaries: Canaries) -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    needles: dict[str, tuple[str, str]] = {}
    for data_type, value, label, searchable in _sources(canaries):
        for needle, encoding in _encodings(value, label):
            if len(needle) < _MIN_NEEDLE or (not searchable and encoding in (label, "plain")):
                continue
            needles.setdefault(needle, (data_type, encoding))
    return re.compile(_trie_pattern(list(needles))), needles


def needle_count(canaries: Canaries) -> int:
    """How many distinct strings a request is searched for (for the benchmark and the docs)."""
    return len(_matcher(canaries)[1])


def _body_parts(body: bytes, content_type: str) -> Iterator[tuple[str | None, str]]:
    if body[:2] == b"\x1f\x8b":
        with contextlib.suppress(OSError, EOFError):
            body = gzip.decompress(body)
    text = body.decode("utf-8", errors="replace")
    stripped = text.strip()
    if "json" in content_type or stripped[:1] in ("{", "["):
        parts = list(flatten_params(None, stripped))
        if parts and parts != [(None, stripped)]:
            yield from parts
            return
    if "x-www-form-urlencoded" in content_type or re.fullmatch(r"[^\s=&]+=[^\s]*(\r?\n[^\s=&]+=[^\s]*)*", stripped):
        found = False
        for line in stripped.splitlines():  # GA4 batches one event per line
            for key, value in _parse_query(line):
                found = True
                yield from flatten_params(key, value)
        if found:
            return
    yield None, text


def _haystacks(url: str, method: str, headers: dict[str, str], body: bytes | None) -> Iterator[tuple[str, str | None, str]]:
    parts = urlsplit(url)
    yield "path", None, unquote(parts.path)
    for location, raw in (("query", parts.query), ("fragment", parts.fragment)):
        if not raw:
            continue
        pairs = _parse_query(raw)
        if not pairs:
            yield location, None, unquote(raw)
        for key, value in pairs:
            for name, text in flatten_params(key, value):
                yield location, name, text
    content_type = ""
    for name, value in headers.items():
        lower = name.lower()
        if lower == "cookie":
            for item in value.split(";"):
                cname, _, cvalue = item.strip().partition("=")
                yield "cookie", cname, unquote(cvalue)
        else:
            if lower == "content-type":
                content_type = value.lower()
            yield "header", lower, unquote(value) if lower in ("referer", "origin") else value
    if body:
        location = "websocket" if method.upper() == WEBSOCKET else "body"
        for name, text in _body_parts(body, content_type):
            yield location, name, text


def find_leaks(url: str, method: str, headers: dict[str, str], body: bytes | None, canaries: Canaries) -> list[LeakHit]:
    """Every canary found in one outgoing request (or WebSocket frame: method "WEBSOCKET", body = payload),
    one hit per data type, encoding, location and parameter."""
    pattern, needles = _matcher(canaries)
    hits: dict[tuple[str, str, str, str | None], LeakHit] = {}
    for location, parameter, text in _haystacks(url, method, headers, body):
        if len(text) < _MIN_NEEDLE:
            continue
        for match in pattern.finditer(text):
            data_type, encoding = needles[match.group()]
            key = (data_type, encoding, location, parameter)
            hits.setdefault(key, LeakHit(data_type, encoding, location, parameter))
    return list(hits.values())
