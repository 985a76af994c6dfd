"""State shared by the pages of one crawl (CrawlState) and of one phase's browser context (PhaseState).
Cookie provenance lives per phase because the jar does: every Set-Cookie header and document.cookie write
seen by any page of the context is noted as it happens, and when a page's snapshot of the jar shows a new
cookie it is matched to such an event by name and domain. Pages of a context run concurrently, so the page a
cookie is credited to is a page whose traffic or script set it, not whichever looked first; when several pages
set it (a tag on every page), the one whose URL sorts first is credited, and a cookie already reported is
reported again when such a page turns up later (the collector keeps the last report). Which tab finished first
thus decides nothing, and the same site gets the same record on every scan.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from scanner.config import SiteConfig
from scanner.crawl.parties import Parties, host_of, registrable_domain
from scanner.crawl.vendors import Attributor
from scanner.model import Cookie, Party, Provenance


@dataclass
class _Origin:
    provenance: Provenance
    page: str


def _note(table: dict[tuple[str, str], _Origin], key: tuple[str, str], origin: _Origin) -> None:
    """Keep the first event of the page whose URL sorts first (see the module's docstring)."""
    known = table.get(key)
    if known is None or origin.page < known.page:
        table[key] = origin


@dataclass
class PhaseState:
    name: str
    hooked: bool = False
    header: dict[tuple[str, str], _Origin] = field(default_factory=dict)
    script: dict[tuple[str, str], _Origin] = field(default_factory=dict)
    seen: dict[tuple[str, str, str], str] = field(default_factory=dict)  # reported cookie -> page credited

    def note_header_cookies(self, lines: list[str], response_url: str | None, page: str) -> None:
        host = host_of(response_url or "")
        for line in lines:
            head, _, attrs = line.partition(";")
            name = head.split("=", 1)[0].strip()
            if not name:
                continue
            domain = host
            for attr in attrs.split(";"):
                key, _, value = attr.partition("=")
                if key.strip().lower() == "domain" and value.strip():
                    domain = value.strip().lstrip(".").lower()
            _note(self.header, (name, domain), _Origin(Provenance("header", response_url), page))

    def note_script_cookie(self, name: str, domain: str, script: str | None, page: str) -> None:
        if name:
            _note(self.script, (name, domain), _Origin(Provenance("script", script), page))

    def _origin(self, name: str, domain: str) -> _Origin | None:
        key = (name, domain.lstrip(".").lower())
        found = self.header.get(key) or self.script.get(key)
        if found:
            return found
        for table in (self.header, self.script):  # a Domain attribute may name a parent of the jar's domain
            for (n, d), origin in table.items():
                if n == name and (key[1].endswith("." + d) or d.endswith("." + key[1])):
                    return origin
        return None

    def new_cookies(self, jar: list[dict[str, Any]], page: str, state: CrawlState) -> list[Cookie]:
        """Cookies of the jar not reported before in this phase, with provenance and the page that set them."""
        now = time.time()
        out = []
        for c in jar:
            key = (str(c.get("name")), str(c.get("domain")), str(c.get("path", "/")))
            origin = self._origin(key[0], key[1])
            credited = origin.page if origin else page
            if key in self.seen and (origin is None or self.seen[key] == credited):
                continue
            self.seen[key] = credited
            expires = float(c.get("expires", -1) or -1)
            domain = key[1].lstrip(".")
            party = state.party(domain)
            vendor = state.attributor.vendor(domain) if party == "third" else None
            out.append(Cookie(
                name=key[0], domain=key[1], party=party, secure=bool(c.get("secure")), http_only=bool(c.get("httpOnly")),
                same_site=c.get("sameSite"), phase=self.name, path=key[2], value_length=len(str(c.get("value", ""))),
                expires=dt.datetime.fromtimestamp(expires, dt.UTC).isoformat(timespec="seconds") if expires > 0 else None,
                lifetime_days=round((expires - now) / 86400, 2) if expires > 0 else None,
                site=registrable_domain(domain), page=origin.page if origin else page,
                provenance=origin.provenance if origin else Provenance("unknown"),
                tracker=state.attributor.attribute(f"https://{domain}/", domain, True, page, "other") if vendor else None,
            ))
        return out


@dataclass
class CrawlState:
    site: SiteConfig
    parties: Parties
    attributor: Attributor
    canaries: Any = None
    leaks_module: ModuleType | None = None
    consent_module: ModuleType | None = None
    phases: dict[str, PhaseState] = field(default_factory=dict)

    def party(self, host: str) -> Party:
        return self.parties.party(host)

    def phase(self, name: str) -> PhaseState:
        if name not in self.phases:
            self.phases[name] = PhaseState(name)
        return self.phases[name]
