"""Attributing a request to the organization behind it and why it is there. Three sources, each named in
the resulting Tracker so a reader can check it: the project's own vendor data (`rules/vendors/*.toml`,
domain → organization → category, matched on the host and its parent domains), user-supplied
EasyList/EasyPrivacy-format filter lists (matched with the adblock-rust engine, which also says which rule
fired), and a DuckDuckGo Tracker Radar directory (`domains/<region>/<domain>.json`, owner and categories).
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from scanner.errors import ConfigError
from scanner.model import Tracker
from scanner.resources import rules_dir

CATEGORIES = ("advertising", "analytics", "session_replay", "social", "tag_manager", "cdn", "fonts", "payments",
              "support", "consent", "other")
TRACKING = frozenset({"advertising", "analytics", "session_replay", "social"})
_ADBLOCK_TYPES = {"document": "document", "stylesheet": "stylesheet", "image": "image", "media": "media",
                  "font": "font", "script": "script", "xhr": "xmlhttprequest", "fetch": "xmlhttprequest",
                  "ping": "ping", "websocket": "websocket", "subdocument": "subdocument"}
# Tracker Radar's category names → ours, most specific first.
_RADAR = (("Session Replay", "session_replay"), ("Consent Management Platform", "consent"),
          ("Tag Manager", "tag_manager"), ("Social - Share", "social"), ("Social Network", "social"),
          ("Social - Comment", "social"), ("Advertising", "advertising"), ("Ad Motivated Tracking", "advertising"),
          ("Ad Fraud", "advertising"), ("Audience Measurement", "analytics"), ("Analytics", "analytics"),
          ("Third-Party Analytics Marketing", "analytics"), ("Action Pixels", "advertising"),
          ("Online Payment", "payments"), ("Support Chat Widget", "support"), ("CDN", "cdn"),
          ("Embedded Content", "other"))


@dataclass(frozen=True)
class Vendor:
    domain: str
    organization: str
    category: str


def load_vendor_files(paths: Iterable[Path]) -> dict[str, Vendor]:
    """domain → Vendor from TOML files: a file-level `category`, then `[[vendor]]` tables with
    organization, domains and an optional category of their own."""
    table: dict[str, Vendor] = {}
    for path in sorted(paths):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: bad vendor data: {exc}") from None
        default = data.get("category")
        for i, entry in enumerate(data.get("vendor", [])):
            category = entry.get("category", default)
            if category not in CATEGORIES or not entry.get("organization"):
                raise ConfigError(f"{path}: vendor[{i}]: needs organization and a category of {', '.join(CATEGORIES)}")
            for domain in entry.get("domains", []):
                table[domain.lower()] = Vendor(domain.lower(), entry["organization"], category)
    return table


@lru_cache(maxsize=1)
def bundled_vendors() -> dict[str, Vendor]:
    return load_vendor_files((rules_dir() / "vendors").glob("*.toml"))


def _suffixes(host: str) -> list[str]:
    labels = host.lower().rstrip(".").split(".")
    return [".".join(labels[i:]) for i in range(len(labels) - 1)]


class FilterList:
    """One EasyList-format file; `source` is easylist, easyprivacy or the file's name."""

    def __init__(self, path: Path) -> None:
        import adblock

        name = path.name.lower()
        self.source = "easyprivacy" if "easyprivacy" in name else "easylist" if "easylist" in name else path.name
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read tracker list: {exc}") from None
        rules = adblock.FilterSet(debug=True)
        rules.add_filter_list(text)
        self._engine = adblock.Engine(rules, optimize=False)

    def match(self, url: str, page_url: str, resource_type: str) -> str | None:
        kind = _ADBLOCK_TYPES.get(resource_type, "other")
        result = self._engine.check_network_urls(url=url, source_url=page_url, request_type=kind)
        if result.matched and not result.exception:
            return str(result.filter)
        return None


class TrackerRadar:
    """A Tracker Radar checkout or its `domains/` folder; domain files are read on first use."""

    def __init__(self, root: Path) -> None:
        base = root / "domains" if (root / "domains").is_dir() else root
        self._files: dict[str, Path] = {}
        for file in base.rglob("*.json"):
            self._files.setdefault(file.stem.lower(), file)  # the first region wins; owners agree across regions
        if not self._files:
            raise ConfigError(f"{root}: not a Tracker Radar directory (no domains/*/*.json)")
        self._cache: dict[str, Vendor | None] = {}

    def lookup(self, host: str) -> Vendor | None:
        for domain in _suffixes(host):
            if domain in self._files:
                if domain not in self._cache:
                    self._cache[domain] = self._read(domain)
                return self._cache[domain]
        return None

    def _read(self, domain: str) -> Vendor | None:
        try:
            data: dict[str, Any] = json.loads(self._files[domain].read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        owner = data.get("owner") or {}
        organization = owner.get("displayName") or owner.get("name") or domain
        categories = set(data.get("categories") or [])
        category = next((ours for theirs, ours in _RADAR if theirs in categories), "other")
        return Vendor(domain, organization, category)


class Attributor:
    """Decides the Tracker of each request: vendor data for third parties, lists and Tracker Radar on top."""

    def __init__(self, tracker_lists: Iterable[Path] = (), vendors: dict[str, Vendor] | None = None) -> None:
        self.vendors = bundled_vendors() if vendors is None else vendors
        self.lists: list[FilterList] = []
        self.radar: list[TrackerRadar] = []
        for path in tracker_lists:
            if path.is_dir():
                self.radar.append(TrackerRadar(path))
            elif path.is_file():
                self.lists.append(FilterList(path))
            else:
                raise ConfigError(f"site.tracker_lists: {path}: no such file or directory")

    def vendor(self, host: str) -> Vendor | None:
        for domain in _suffixes(host):
            found = self.vendors.get(domain)
            if found:
                return found
        return None

    def attribute(self, url: str, host: str, third_party: bool, page_url: str, resource_type: str) -> Tracker | None:
        vendor = self.vendor(host) if third_party else None
        radar = next((v for r in self.radar if (v := r.lookup(host))), None) if third_party else None
        for flist in self.lists:
            rule = flist.match(url, page_url, resource_type)
            if rule:
                known = vendor or radar
                category = known.category if known else "other"
                return Tracker(known.organization if known else None, category, flist.source, rule)
        if vendor:
            return Tracker(vendor.organization, vendor.category, "vendors", vendor.domain)
        if radar:
            return Tracker(radar.organization, radar.category, "tracker-radar", radar.domain)
        return None


def is_tracking(tracker: Tracker | None) -> bool:
    """A tracker in the sense of beacons: a tracking category, or any user list that matched."""
    return tracker is not None and (tracker.category in TRACKING or tracker.source not in ("vendors", "tracker-radar"))
