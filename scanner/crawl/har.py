"""The crawl's HAR 1.2 file. Chromium (through Playwright) records one HAR per phase context; this module
merges them into one log that devtools can open, tags each entry and page with its phase (custom fields
start with "_", as the format allows), masks card numbers anywhere in it and replaces cookie values by
their length, since a result artifact must not carry a card number or a session token. `problems()` checks
the structure HAR 1.2 requires, for the tests and for a crawl that wants to say its HAR is sound.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from scanner import __version__
from scanner.crawl.beacons import mask_cards

_COOKIE_PAIR = re.compile(r"(^|;\s*)([^=;\s]+)=([^;]*)")


def _redact_cookie_header(value: str, set_cookie: bool) -> str:
    if set_cookie:
        head, sep, rest = value.partition(";")
        name, eq, val = head.partition("=")
        return f"{name}{eq}[{len(val.strip())} chars]{sep}{rest}" if eq else value
    return _COOKIE_PAIR.sub(lambda m: f"{m.group(1)}{m.group(2)}=[{len(m.group(3))} chars]", value)


def _scrub(node: Any) -> Any:
    if isinstance(node, str):
        return mask_cards(node)
    if isinstance(node, list):
        return [_scrub(v) for v in node]
    if isinstance(node, dict):
        return {k: _scrub(v) for k, v in node.items()}
    return node


def _clean_message(message: dict[str, Any]) -> None:
    for cookie in message.get("cookies", []):
        cookie["value"] = f"[{len(str(cookie.get('value', '')))} chars]"
    for header in message.get("headers", []):
        name = str(header.get("name", "")).lower()
        if name in ("cookie", "set-cookie"):
            header["value"] = "\n".join(_redact_cookie_header(v, name == "set-cookie") for v in str(header.get("value", "")).split("\n"))


def merge_hars(parts: list[tuple[str, Path]], target: Path) -> int:
    """Merge per-phase HAR files into `target`; returns the number of entries written."""
    pages: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    for phase, path in parts:
        try:
            log = json.loads(path.read_text(encoding="utf-8"))["log"]
        except (OSError, ValueError, KeyError):
            continue
        for page in log.get("pages", []):
            page["id"] = f"{phase}:{page.get('id')}"
            page["_phase"] = phase
            pages.append(page)
        for entry in log.get("entries", []):
            if entry.get("pageref"):
                entry["pageref"] = f"{phase}:{entry['pageref']}"
            entry["_phase"] = phase
            _clean_message(entry.get("request", {}))
            _clean_message(entry.get("response", {}))
            entries.append(entry)
    entries.sort(key=lambda e: str(e.get("startedDateTime", "")))
    har = {"log": {"version": "1.2", "creator": {"name": "compliance-scanner", "version": __version__},
                   "browser": {"name": "chromium", "version": ""}, "pages": pages, "entries": entries}}
    target.write_text(json.dumps(_scrub(har), ensure_ascii=False), encoding="utf-8")
    return len(entries)


_ENTRY = ("startedDateTime", "time", "request", "response", "cache", "timings")
_REQUEST = ("method", "url", "httpVersion", "cookies", "headers", "queryString", "headersSize", "bodySize")
_RESPONSE = ("status", "statusText", "httpVersion", "cookies", "headers", "content", "redirectURL", "headersSize", "bodySize")


def problems(har: dict[str, Any]) -> list[str]:
    """What keeps `har` from being a valid HAR 1.2 log (empty when it is one)."""
    out: list[str] = []
    log = har.get("log")
    if not isinstance(log, dict):
        return ["no log object"]
    if log.get("version") != "1.2":
        out.append(f"log.version is {log.get('version')!r}, not '1.2'")
    if not isinstance(log.get("creator"), dict) or "name" not in log["creator"] or "version" not in log["creator"]:
        out.append("log.creator needs name and version")
    page_ids = set()
    for i, page in enumerate(log.get("pages", [])):
        missing = [k for k in ("startedDateTime", "id", "title", "pageTimings") if k not in page]
        out += [f"pages[{i}] lacks {k}" for k in missing]
        page_ids.add(page.get("id"))
    if not isinstance(log.get("entries"), list):
        return [*out, "log.entries is not a list"]
    for i, entry in enumerate(log["entries"]):
        out += [f"entries[{i}] lacks {k}" for k in _ENTRY if k not in entry]
        out += [f"entries[{i}].request lacks {k}" for k in _REQUEST if k not in entry.get("request", {})]
        out += [f"entries[{i}].response lacks {k}" for k in _RESPONSE if k not in entry.get("response", {})]
        content = entry.get("response", {}).get("content", {})
        if "size" not in content or "mimeType" not in content:
            out.append(f"entries[{i}].response.content needs size and mimeType")
        timings = entry.get("timings", {})
        if not all(k in timings for k in ("send", "wait", "receive")):
            out.append(f"entries[{i}].timings needs send, wait and receive")
        if entry.get("pageref") and entry["pageref"] not in page_ids:
            out.append(f"entries[{i}].pageref {entry['pageref']!r} names no page")
    return out
