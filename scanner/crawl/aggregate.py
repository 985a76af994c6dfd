"""Turning the worker's events into the crawl's partial ScanResult. Per-page records are kept as sent
(deduplicated where the same fact is seen twice: a storage key on many pages, one form on many pages);
summaries are computed here: third parties grouped by registrable domain with their organization and
category, one transport record per first-party origin, session-replay vendors, and a consent outcome per
phase. Works on whatever arrived, so an interrupted or crashed crawl still yields a consistent result.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any
from urllib.parse import urlsplit

from scanner.config import SiteConfig
from scanner.crawl.parties import Parties
from scanner.model import (
    ConsentOutcome,
    Cookie,
    Fingerprinting,
    Form,
    Leak,
    Page,
    Request,
    ScanError,
    ScanResult,
    StorageItem,
    ThirdParty,
    Transport,
)
from scanner.serde import from_dict


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _hsts(value: str | None) -> tuple[int | None, bool, bool]:
    if not value:
        return None, False, False
    max_age = None
    directives = [d.strip().lower() for d in value.split(";")]
    for d in directives:
        if d.startswith("max-age="):
            digits = d.split("=", 1)[1].strip('"')
            max_age = int(digits) if digits.isdigit() else None
    return max_age, "includesubdomains" in directives, "preload" in directives


class Collector:
    def __init__(self, site: SiteConfig) -> None:
        self.site = site
        self.pages: list[Page] = []
        # one record per cookie and phase: the worker reports a cookie again when a page that sorts first turns
        # out to have set it too (state.py), and the later report is the one kept
        self.cookies: dict[tuple[str, str, str, str], Cookie] = {}
        self.requests: list[Request] = []
        self.storage: dict[tuple[str, str, str, str], StorageItem] = {}
        self.forms: dict[tuple[str, str, str, str, tuple[str, ...]], Form] = {}
        self.fingerprinting: dict[tuple[str, str | None, str, str], Fingerprinting] = {}
        self.leaks: dict[tuple[Any, ...], Leak] = {}
        self.consent: dict[str, ConsentOutcome] = {}
        self.errors: list[ScanError] = []
        self.external: list[str] = []
        self.hsts: dict[str, str | None] = {}
        self.probes: dict[str, bool | None] = {}
        self.fatal: str | None = None
        self.fatal_kind: str | None = None
        self.har: str | None = None
        self.modules: dict[str, bool] = {}
        self.log: list[str] = []
        self.finished = False

    def add(self, event: dict[str, Any]) -> None:
        kind = event.get("t")
        if kind == "page":
            self._page(event)
        elif kind == "consent":
            outcome = from_dict(ConsentOutcome, event["outcome"])
            self.consent[outcome.phase] = outcome
        elif kind == "probe":
            self.probes[event["origin"]] = event.get("redirects_to_https")
        elif kind == "external":
            self.external = list(event.get("urls", []))
        elif kind == "error":
            self.errors.append(ScanError("crawl", str(event.get("target", "")), str(event.get("message", ""))))
        elif kind == "fatal":
            self.fatal, self.fatal_kind = str(event.get("message")), event.get("kind")
        elif kind == "har":
            self.har = str(event["path"])
        elif kind == "modules":
            self.modules = {k: bool(v) for k, v in event.items() if k != "t"}
        elif kind == "done":
            self.finished = True
        elif kind == "log":
            self.log.append(str(event.get("message", "")))

    def _page(self, event: dict[str, Any]) -> None:
        page = from_dict(Page, event["page"])
        self.pages.append(page)
        if page.error:
            self.errors.append(ScanError("crawl", page.url, f"{page.phase}: {page.error}"))
        self.requests += [from_dict(Request, r) for r in event.get("requests", [])]
        for raw in event.get("cookies", []):
            cookie = from_dict(Cookie, raw)
            self.cookies[(cookie.phase, cookie.name, cookie.domain, cookie.path)] = cookie
        for raw in event.get("storage", []):
            item = from_dict(StorageItem, raw)
            self.storage.setdefault((item.phase, item.kind, item.origin, item.key), item)
        for raw in event.get("forms", []):
            form = from_dict(Form, raw)
            self.forms.setdefault((form.phase, form.page, form.action, form.method, tuple(f.name for f in form.fields)), form)
        for raw in event.get("fingerprinting", []):
            fp = from_dict(Fingerprinting, raw)
            self.fingerprinting.setdefault((fp.kind, fp.script, fp.phase, fp.page), fp)
        for raw in event.get("leaks", []):
            leak = from_dict(Leak, raw)
            self.leaks.setdefault((leak.phase, leak.data_type, leak.encoding, leak.site, leak.location, leak.parameter, leak.page), leak)
        final = page.final_url or page.url
        if final.startswith("https://") and (event.get("hsts") or _origin(final) not in self.hsts):
            self.hsts[_origin(final)] = event.get("hsts")

    def third_parties(self) -> tuple[ThirdParty, ...]:
        groups: dict[str, list[Request]] = defaultdict(list)
        for r in self.requests:
            if r.party == "third":
                groups[r.site].append(r)
        cookies = Counter(c.site for c in self.cookies.values() if c.party == "third")
        out = []
        for site, reqs in groups.items():
            attributed = Counter((r.tracker.organization, r.tracker.category) for r in reqs if r.tracker)
            org, category = attributed.most_common(1)[0][0] if attributed else (None, None)
            out.append(ThirdParty(site=site, organization=org, category=category, requests=len(reqs), cookies=cookies[site],
                                  phases=tuple(p for p in self.site.phases if any(r.phase == p for r in reqs)),
                                  hosts=tuple(sorted({r.host for r in reqs}))))
        return tuple(sorted(out, key=lambda t: (-t.requests, t.site)))

    def transport(self) -> tuple[Transport, ...]:
        first = Parties.for_site(self.site.url, self.site.first_party_domains)
        origins = sorted(o for o in {_origin(p.final_url or p.url) for p in self.pages if not p.error or p.status} | set(self.probes)
                         if first.party_of_url(o) == "first")
        out = []
        for origin in origins:
            host = urlsplit(origin).hostname or ""
            https = origin.startswith("https://")
            pages_here = {p.url for p in self.pages if _origin(p.final_url or p.url) == origin}
            mixed = sorted({r.url for r in self.requests if https and r.page in pages_here and r.url.startswith("http://")})
            cookies = sorted({c.name for c in self.cookies.values() if https and not c.secure and c.party == "first"
                              and (host == c.domain.lstrip(".") or host.endswith("." + c.domain.lstrip(".")))})
            forms = sorted({f.action or f.page for f in self.forms.values() if f.insecure and f.page in pages_here})
            max_age, subdomains, preload = _hsts(self.hsts.get(origin))
            out.append(Transport(origin=origin, https=https, redirects_to_https=self.probes.get(origin) if https else False,
                                 hsts_max_age=max_age, hsts_include_subdomains=subdomains, hsts_preload=preload,
                                 mixed_content=tuple(mixed[:200]), insecure_cookies=tuple(cookies), insecure_forms=tuple(forms)))
        return tuple(out)

    def session_replay(self) -> list[Fingerprinting]:
        found: dict[tuple[str, str, str], Fingerprinting] = {}
        for r in self.requests:
            if r.tracker and r.tracker.category == "session_replay" and r.page:
                found.setdefault((r.site, r.phase, r.page), Fingerprinting(
                    kind="session_replay", script=r.url, page=r.page, phase=r.phase,
                    detail=f"{r.tracker.organization or r.site} session recording ({r.host})"))
        return list(found.values())

    def consent_outcomes(self) -> tuple[ConsentOutcome, ...]:
        out = []
        for phase in self.site.phases:
            if phase in self.consent:
                out.append(self.consent[phase])
            elif phase == "initial":
                out.append(ConsentOutcome("initial", "none", True, "no interaction: what a first-time visitor meets"))
            elif phase == "gpc":
                sent = self.modules.get("consent", False)
                out.append(ConsentOutcome("gpc", "gpc" if sent else None, sent,
                                          "Sec-GPC: 1 and DNT: 1 sent, navigator.globalPrivacyControl set" if sent
                                          else "GPC signal unavailable (consent module missing)"))
            elif any(p.phase == phase for p in self.pages):
                out.append(ConsentOutcome(phase, None, False, "no consent choice was made"))
        return tuple(out)

    def result(self) -> ScanResult:
        phases = tuple(p for p in self.site.phases if any(pg.phase == p for pg in self.pages))
        return ScanResult(
            target={"url": self.site.url}, phases=phases, pages=tuple(self.pages), cookies=tuple(self.cookies.values()),
            requests=tuple(self.requests), third_parties=self.third_parties(), leaks=tuple(self.leaks.values()),
            storage=tuple(self.storage.values()), forms=tuple(self.forms.values()), transport=self.transport(),
            consent=self.consent_outcomes(), fingerprinting=(*self.fingerprinting.values(), *self.session_replay()),
            external_links=tuple(self.external), errors=tuple(self.errors),
            artifacts={"har": self.har} if self.har else {},
        )
