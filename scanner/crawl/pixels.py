"""Named fields of known tracking-pixel payloads, so a report can say what was sent ("Meta Pixel, event Lead,
email hashed in ud[em]") instead of a raw query string. Each vendor is a row of data: which hosts and paths
its collector uses, and what its parameters mean (from the vendors' public developer documentation); the
parameters are read from the URL and from form-encoded or JSON bodies alike. Also home to the small query and
JSON flattening helpers the leak matcher shares, so both read a payload the same way.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit

_MAX_DEPTH = 6
_MAX_VALUE = 500  # a report names fields; it does not need kilobytes of one


@dataclass(frozen=True)
class _Pixel:
    vendor: str
    hosts: tuple[str, ...]  # host suffixes
    path: str  # regex searched in the URL path
    fields: dict[str, str]  # parameter (flattened key) → name in the report
    prefixes: tuple[tuple[str, str], ...] = ()  # parameter prefix → report prefix


_META_USER = {"em": "email", "ph": "phone", "fn": "first_name", "ln": "last_name", "db": "date_of_birth",
              "ge": "gender", "ct": "city", "st": "state", "zp": "postal_code", "country": "country",
              "external_id": "external_id"}

PIXELS: tuple[_Pixel, ...] = (
    _Pixel("Meta Pixel", ("facebook.com", "facebook.net"), r"^/tr/?$",
           {"id": "pixel_id", "ev": "event", "dl": "page_url", "rl": "referrer", "fbp": "browser_id",
            "fbc": "click_id", "eid": "event_id", "it": "init_time", "ts": "timestamp",
            **{f"ud[{k}]": f"user_data.{v}" for k, v in _META_USER.items()},
            **{f"udff[{k}]": f"user_data.{v}" for k, v in _META_USER.items()}},
           (("cd[", "custom_data."),)),
    _Pixel("Google Analytics", ("google-analytics.com", "analytics.google.com"), r"(^|/)(g/|j/|r/|mp/)?collect$",
           {"v": "protocol_version", "tid": "measurement_id", "cid": "client_id", "uid": "user_id", "en": "event",
            "t": "hit_type", "dl": "page_url", "dr": "referrer", "dt": "page_title", "sid": "session_id",
            "ec": "event_category", "ea": "event_action", "el": "event_label", "_p": "page_load_id"},
           (("ep.", "event_param."), ("epn.", "event_param."), ("up.", "user_property."), ("upn.", "user_property."),
            ("cd", "custom_dimension."))),
    _Pixel("Google Ads", ("doubleclick.net", "googleadservices.com", "google.com"),
           r"/pagead/(viewthrough)?conversion|/ccm/collect|/pagead/1p-conversion",
           {"label": "conversion_label", "url": "page_url", "ref": "referrer", "em": "user_data.email",
            "gclid": "click_id", "value": "value", "currency_code": "currency"}),
    _Pixel("TikTok Pixel", ("tiktok.com",), r"/api/v2/pixel",
           {"event": "event", "context.pixel.code": "pixel_id", "context.page.url": "page_url",
            "context.user.email": "user_data.email", "context.user.phone_number": "user_data.phone",
            "context.user.external_id": "user_data.external_id", "context.ad.callback": "click_id"},
           (("properties.", "custom_data."),)),
    _Pixel("LinkedIn Insight", ("linkedin.com",), r"^/(collect|wa|attribution_trigger)",
           {"pid": "partner_id", "conversionId": "conversion_id", "url": "page_url", "fmt": "format"}),
    _Pixel("Microsoft UET", ("bat.bing.com",), r"^/action/",
           {"ti": "tag_id", "evt": "event", "p": "page_url", "r": "referrer", "ea": "event_action",
            "ec": "event_category", "el": "event_label", "gv": "value", "mid": "visit_id"}),
    _Pixel("Pinterest Tag", ("pinterest.com",), r"^/(v3|user)/",
           {"tid": "tag_id", "event": "event", "pd[em]": "user_data.email", "pd[hem]": "user_data.email",
            "pd[ph]": "user_data.phone"}, (("ed.", "event_data."),)),
    _Pixel("X (Twitter) Pixel", ("twitter.com", "t.co", "x.com"), r"^/i/adsct|^/1/i/adsct",
           {"txn_id": "pixel_id", "p_id": "partner", "events": "events", "tw_document_href": "page_url"}),
    _Pixel("Snap Pixel", ("snapchat.com",), r"^/(p|cm)",
           {"pid": "pixel_id", "ev": "event", "u_hem": "user_data.email", "u_hpn": "user_data.phone",
            "pl": "page_url"}),
)


def parse_query(raw: str) -> list[tuple[str, str]]:
    """Pairs of a query-like string; empty when it is not one (so the caller keeps it as text)."""
    return parse_qsl(raw, keep_blank_values=True) if "=" in raw else []


def _flatten_json(prefix: str | None, value: Any, depth: int) -> Iterator[tuple[str | None, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _flatten_json(f"{prefix}.{key}" if prefix else str(key), item, depth + 1)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _flatten_json(f"{prefix}[{i}]" if prefix else f"[{i}]", item, depth + 1)
    elif isinstance(value, str):
        yield from flatten_params(prefix, value, depth)
    elif value is not None:
        yield prefix, json.dumps(value)


def flatten_params(key: str | None, value: str, depth: int = 0) -> Iterator[tuple[str | None, str]]:
    """A parameter, or the leaves of the JSON it holds (trackers nest JSON in query values and JSON strings),
    as (dotted key, text)."""
    text = value.strip()
    if depth < _MAX_DEPTH and text[:1] in ("{", "[") and text[-1:] in ("}", "]"):
        try:
            parsed = json.loads(text)
        except ValueError:
            parsed = None
        if isinstance(parsed, dict | list):
            yield from _flatten_json(key, parsed, depth + 1)
            return
    yield key, value


def _body_pairs(body: bytes) -> list[tuple[str, str]]:
    if body[:2] == b"\x1f\x8b":
        try:
            body = gzip.decompress(body)
        except (OSError, EOFError):
            return []
    text = body.decode("utf-8", errors="replace").strip()
    if text[:1] in ("{", "["):
        return [(k or "", v) for k, v in flatten_params(None, text)]
    pairs: list[tuple[str, str]] = []
    for i, line in enumerate(text.splitlines()):  # GA4 batches one event per line
        for key, value in parse_query(line):
            pairs.append((f"events[{i}].{key}", value))
    return pairs


def _vendor(url: str) -> tuple[_Pixel | None, str]:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    for pixel in PIXELS:
        if any(host == h or host.endswith("." + h) for h in pixel.hosts) and re.search(pixel.path, parts.path):
            return pixel, parts.query
    return None, parts.query


def decode_pixel(url: str, body: bytes | None) -> dict[str, str]:
    """Named fields of a known pixel's request (`vendor` plus e.g. `event`, `pixel_id`, `user_data.email`);
    empty when the URL is no pixel this module knows."""
    pixel, query = _vendor(url)
    if pixel is None:
        return {}
    pairs = [(k or "", v) for key, value in parse_query(query) for k, v in flatten_params(key, value)]
    if body:
        pairs += _body_pairs(body)
    out = {"vendor": pixel.vendor}
    events: list[str] = []
    for key, value in pairs:
        base = key.split(".", 1)[1] if key.startswith("events[") else key
        name = pixel.fields.get(base)
        if name is None:
            name = next((p2 + base[len(p1):].rstrip("]") for p1, p2 in pixel.prefixes if base.startswith(p1)), None)
        if name is None:
            continue
        if name == "event":
            events.append(value)
        out.setdefault(name, value[:_MAX_VALUE])
    if len(events) > 1:
        out["events"] = ",".join(events)[:_MAX_VALUE]
    return out
