"""Which requests are beacons, and what they carried. A beacon is data leaving the page for a collector:
`navigator.sendBeacon` and `<a ping>` (Chromium reports both as type Ping; only `<a ping>` carries Ping-To
or a text/ping body), tracking pixels (an image that is tiny, answered 204, query-heavy or marked no-store,
from a third party) and any non-static request to a host that tracker data identifies. Parameters are
decoded from the query string and from form, JSON or text bodies; card numbers are masked wherever they
appear, because a result file must never hold one.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from scanner.cards import luhn, mask_run

_MAX_VALUE = 300
_MAX_PARAMS = 60
_CARD = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
_STATIC = frozenset({"stylesheet", "font", "media", "document", "manifest", "texttrack"})


def mask_cards(text: str) -> str:
    """Star every Luhn-valid 13–19 digit run (spaces or dashes allowed) but its last four digits."""
    if not text or not any(ch.isdigit() for ch in text):
        return text

    def repl(m: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn(digits):
            return mask_run(m.group())
        return m.group()

    return _CARD.sub(repl, text)


def _flatten(prefix: str, value: Any, out: dict[str, str], depth: int = 0) -> None:
    if len(out) >= _MAX_PARAMS:
        return
    if isinstance(value, dict) and depth < 4:
        for k, v in value.items():
            _flatten(f"{prefix}.{k}" if prefix else str(k), v, out, depth + 1)
    elif isinstance(value, list) and depth < 4:
        for i, v in enumerate(value[:20]):
            _flatten(f"{prefix}[{i}]", v, out, depth + 1)
    else:
        out[prefix or "_"] = mask_cards(str(value))[:_MAX_VALUE]


def decode_params(url: str, body: bytes | None, content_type: str | None = None) -> dict[str, str]:
    """Query parameters and body fields of one request, flattened to name → value (truncated, masked)."""
    out: dict[str, str] = {}
    try:
        query = urlsplit(url).query
    except ValueError:
        query = ""
    for k, v in parse_qsl(query, keep_blank_values=True):
        _flatten(k, v, out)
    if not body:
        return out
    text = body[:65536].decode("utf-8", errors="replace").strip()
    ctype = (content_type or "").lower()
    if text[:1] in "{[" or "json" in ctype:
        try:
            _flatten("body" if text[:1] == "[" else "", json.loads(text), out)
            return out
        except ValueError:
            pass
    if "=" in text and " " not in text[:200]:
        for line in text.splitlines()[:50]:  # some collectors batch one hit per line
            for k, v in parse_qsl(line, keep_blank_values=True):
                _flatten(k, v, out)
        return out
    out["body"] = mask_cards(text)[:_MAX_VALUE]
    return out


def beacon_kind(resource_type: str, method: str, url: str, req_headers: dict[str, str], third_party: bool,
                tracking: bool, status: int | None, size: int | None, resp_headers: dict[str, str]) -> str | None:
    """sendBeacon | ping | pixel | tracker, or None for an ordinary request."""
    if resource_type == "ping":
        ctype = req_headers.get("content-type", "")
        return "ping" if ("ping-to" in req_headers or ctype.startswith("text/ping")) else "sendBeacon"
    if resource_type == "image" and third_party:
        try:
            params = len(parse_qsl(urlsplit(url).query, keep_blank_values=True))
        except ValueError:
            params = 0
        no_store = "no-store" in resp_headers.get("cache-control", "").lower()
        tiny = size is not None and size <= 128 and status is not None and 200 <= status < 300
        if status == 204 or tiny or params >= 3 or (no_store and params >= 1):
            return "pixel"
    if tracking and resource_type not in _STATIC and resource_type != "script":
        return "tracker"
    return None
