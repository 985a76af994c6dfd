"""The Scrapy spider: seeds, scope, phases. The initial phase starts at the start URL, robots.txt's Sitemap
lines (or /sitemap.xml) and every in-scope link the rendered pages show, breadth first, within max pages,
max depth and the per-pattern trap guard. When it runs dry, each other phase (accept, reject, gpc) opens
its own fresh browser context at the start page — where the consent choice is made — and then revisits a
sample of the pages already crawled. robots.txt and sitemaps travel through Scrapy's downloader; pages
through scrapy-playwright, whose page objects the recorder reads before they are closed.
"""

from __future__ import annotations

import asyncio
import gzip
import logging
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from scanner.crawl.reader import read_page
from scanner.crawl.record import PageRecorder
from scanner.crawl.scope import Scope, canonical
from scanner.crawl.scripts import BINDING, INIT_SCRIPT
from scanner.crawl.state import CrawlState

_log = logging.getLogger("scanner.crawl.spider")
Emit = Callable[[dict[str, Any]], None]


def describe(failure: Any) -> str:
    exc = getattr(failure, "value", failure)
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if "Timeout" in type(exc).__name__ or "Timeout" in text:
        return f"timed out: {text}"[:300]
    return text.removeprefix("Page.goto: ")[:300]


def _segments(url: str) -> int:
    return len([part for part in urlsplit(url).path.split("/") if part])


def skip_reason(failure: Any) -> str:
    """Why Scrapy dropped a request before it was fetched, in a user's words (its IgnoreRequest says which)."""
    exc = getattr(failure, "value", failure)
    text = str(exc).strip()
    response = getattr(exc, "response", None)
    if "robots.txt" in text:
        return "robots.txt"
    if text.startswith("Filtered offsite request"):
        return "offsite"
    if "max redirections" in text:
        return "too many redirects"
    if response is not None and getattr(response, "status", None):
        return f"HTTP {response.status}"
    return f"dropped: {text.splitlines()[0][:200]}" if text else f"dropped: {type(exc).__name__}"


class SiteSpider(scrapy.Spider):
    name = "compliance-scan"

    def __init__(self, state: CrawlState, emit: Emit, out_dir: Path, har_dir: Path, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.state, self.emit, self.out_dir, self.har_dir = state, emit, out_dir, har_dir
        site = state.site
        self.start_url = canonical(site.url)
        self.scope = Scope(site, state.parties)
        self.crawl_phase = "initial" if "initial" in site.phases else None
        self.pending: list[str] = [p for p in site.phases if p != "initial"]
        self.seen: dict[str, set[str]] = {}
        self.scheduled = 0
        self.done = 0
        self.crawled: list[tuple[str, bool]] = []  # (url, has forms) of good initial pages
        self.external: set[str] = set()
        self._ready: dict[str, asyncio.Event] = {}
        self._recorders: dict[Any, PageRecorder] = {}
        self.phase_sizes: dict[str, int] = {}
        self.phase_done: dict[str, int] = {}
        self._closing: set[asyncio.Future[None]] = set()
        self._closed: set[str] = set()
        self._switching = False
        if self.crawl_phase:
            self.scheduled = 1

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> SiteSpider:
        spider: SiteSpider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._idle, signal=signals.spider_idle)
        return spider

    # -- seeds ----------------------------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[Any]:
        base = self.start_url.split("/", 3)
        origin = "/".join(base[:3])
        if self.crawl_phase:
            yield self.page_request(self.start_url, self.crawl_phase, depth=0, first=True)
        elif self.pending:
            yield self.page_request(self.start_url, self.pending.pop(0), depth=0, first=True)
        if origin.startswith("https://"):  # does the plain-HTTP origin send visitors to HTTPS?
            yield scrapy.Request("http://" + origin[8:] + "/", callback=self.parse_probe, errback=self.probe_failed,
                                 dont_filter=True, priority=-5,
                                 meta={"dont_redirect": True, "handle_httpstatus_all": True, "origin": origin,
                                       "dont_obey_robotstxt": True})

    def page_request(self, url: str, phase: str, depth: int, first: bool = False) -> scrapy.Request:
        self.seen.setdefault(phase, set()).add(url)
        site = self.state.site
        context: dict[str, Any] = {"ignore_https_errors": site.insecure, "service_workers": "block",
                                   "viewport": {"width": 1366, "height": 900}, "locale": "en-US"}
        if site.har:
            context |= {"record_har_path": str(self.har_dir / f"{phase}.har"), "record_har_content": "omit"}
        consent = self.state.consent_module
        if phase == "gpc" and consent is not None and hasattr(consent, "GPC_HEADERS"):
            context["extra_http_headers"] = dict(consent.GPC_HEADERS)
        return scrapy.Request(url, callback=self.parse_page, errback=self.page_failed, dont_filter=True,
                              priority=-depth + (10 if first else 0), meta={
                                  "playwright": True, "playwright_include_page": True, "playwright_context": phase,
                                  "playwright_context_kwargs": context, "playwright_page_init_callback": self.init_page,
                                  "playwright_page_goto_kwargs": {"wait_until": "load"},
                                  "cs_phase": phase, "cs_depth": depth, "cs_first": first, "download_timeout": 0})

    async def init_page(self, page: Any, request: scrapy.Request) -> None:
        request.meta["cs_t0"] = time.monotonic()
        # scrapy-playwright routes every subresource through Python only to rewrite headers we leave as the
        # browser sends them; interception costs a round trip per request and turns off the HTTP cache.
        await page.unroute("**")
        phase = request.meta["cs_phase"]
        ready = self._ready.get(phase)
        if ready is None:
            ready = self._ready[phase] = asyncio.Event()
            try:
                await page.context.expose_binding(BINDING, self._report)
                await page.context.add_init_script(INIT_SCRIPT)
                consent = self.state.consent_module
                if phase == "gpc" and consent is not None and hasattr(consent, "GPC_INIT_SCRIPT"):
                    await page.context.add_init_script(consent.GPC_INIT_SCRIPT)
            finally:
                ready.set()
        await ready.wait()
        recorder = PageRecorder(self.state, self.state.phase(phase), request.url)
        request.meta["cs_recorder"] = recorder
        self._recorders[page] = recorder
        await recorder.attach(page)
        _log.debug("init %s took %.0f ms", request.url, (time.monotonic() - request.meta["cs_t0"]) * 1000)

    def forget(self, page: Any) -> None:
        self._recorders.pop(page, None)

    def give_back(self, page: Any, phase: str) -> bool:
        """Offer a finished tab for reuse; False when it must be closed."""
        handler = getattr(self.crawler, "_scanner_download_handler", None)
        return phase not in self._closed and handler is not None and bool(handler.give_back(page, phase))

    def total_estimate(self) -> int:
        guess = min(self.state.site.phase_max_pages, max(len(self.crawled), 1))
        phases = [p for p in self.state.site.phases if p != "initial"]
        return self.scheduled + sum(self.phase_sizes.get(p, guess) for p in phases)

    def closed(self, reason: str) -> None:
        self.emit({"t": "external", "urls": sorted(self.external)})
        for key in sorted(self.scope.trapped):
            self.emit({"t": "log", "message": f"trap guard: stopped at {self.state.site.max_per_pattern} pages of {key}"})
        for host, count in sorted(self.scope.refused.items()):
            self.emit({"t": "log", "message": f"trap guard: refused {count} URLs on {host} whose path repeats a "
                                              "segment or runs too deep"})
        self.emit({"t": "closed", "reason": reason})

    def _report(self, source: dict[str, Any], data: Any) -> None:
        recorder = self._recorders.get(source.get("page"))
        if recorder is not None and isinstance(data, dict):
            recorder.on_report(data)

    # -- pages ------------------------------------------------------------------------------------------------
    async def parse_page(self, response: Any) -> AsyncIterator[Any]:
        meta = response.meta
        _log.debug("navigated %s after %.0f ms", response.url, (time.monotonic() - meta.get("cs_t0", 0)) * 1000)
        links = await read_page(self, response.request.url, meta, response.status, response.url, None)
        for request in self._follow(meta, links):
            yield request

    async def page_failed(self, failure: Any) -> AsyncIterator[Any]:
        request = failure.request
        if failure.check(IgnoreRequest):
            reason = skip_reason(failure)
            self.emit({"t": "log", "message": f"skipped ({reason}): {request.url}"})
            if request.meta.get("cs_first") and request.meta.get("cs_phase") == self.crawl_phase:
                why = ("is disallowed by robots.txt (owners auditing their own site can use --ignore-robots)"
                       if reason == "robots.txt" else f"was not fetched ({reason})")
                self.emit({"t": "fatal", "message": f"{request.url}: the start page {why}"})
            self.scheduled -= 1
            return
        if "cs_recorder" not in request.meta and not request.meta.get("cs_retried"):
            # No tab was ever opened for it: a renderer that crashed under a neighbouring page can take
            # the new tab with it. That is no fault of this page, so it gets one more try.
            _log.info("retrying %s: %s", request.url, describe(failure))
            request.meta["cs_retried"] = True
            request.meta.pop("playwright_page", None)
            yield request.replace(dont_filter=True)
            return
        links = await read_page(self, request.url, request.meta, None, request.url, describe(failure))
        for follow in self._follow(request.meta, links):
            yield follow

    def _follow(self, meta: dict[str, Any], links: list[str]) -> list[scrapy.Request]:
        phase, depth = meta["cs_phase"], meta["cs_depth"]
        out: list[scrapy.Request] = []
        if phase == self.crawl_phase:
            for link in links:
                self.consider(link, depth + 1, out)
            if meta.get("cs_first") and self.state.site.sitemaps:
                # Sitemaps are read once the start page's own links are taken: fetched alongside it, their pages
                # were crawled first and found the start page's links a level deeper, a different depth each run.
                origin = "/".join(self.start_url.split("/", 3)[:3])
                out.append(scrapy.Request(origin + "/robots.txt", callback=self.parse_robots, errback=self.sitemap_failed,
                                          dont_filter=True, priority=-5, meta={"dont_obey_robotstxt": True, "origin": origin}))
        elif meta.get("cs_first"):
            sample = self._sample(links)
            self.phase_sizes[phase] = len(sample) + 1
            out = [self.page_request(url, phase, depth=1) for url in sample]
        return out

    def consider(self, link: str, depth: int, out: list[scrapy.Request]) -> None:
        url = canonical(link)
        if not url.startswith(("http://", "https://")):
            return
        if not self.scope.in_site(url):
            self.external.add(url.split("#")[0])
            return
        seen = self.seen.setdefault(self.crawl_phase or "", set())
        if url in seen or not self.scope.allowed(url) or depth > self.state.site.max_depth:
            return
        if self.scheduled >= self.state.site.max_pages or not self.scope.admit(url):
            return
        self.scheduled += 1
        out.append(self.page_request(url, self.crawl_phase or "initial", depth))

    def _sample(self, links: list[str]) -> list[str]:
        limit = self.state.site.phase_max_pages - 1
        if self.crawl_phase:
            # Pages with forms first, then those with fewer path segments, then by URL: the order in which
            # concurrent tabs finished (and even the depth at which a page was found first) differs from run to
            # run, and a sample taken in that order made the same site yield other pages, cookies and leaks in its
            # consent phases on every scan.
            ranked = sorted(self.crawled, key=lambda item: (not item[1], _segments(item[0]), item[0]))
            candidates = [url for url, _ in ranked]
        else:
            candidates = [canonical(u) for u in links if self.scope.allowed(canonical(u))]
        out: list[str] = []
        for url in candidates:
            if url != self.start_url and url not in out:
                out.append(url)
        return out[:limit]

    # -- robots.txt, sitemaps, transport probe ----------------------------------------------------------------
    def parse_robots(self, response: Any) -> list[scrapy.Request]:
        urls = list(sitemap_urls_from_robots(response.text, base_url=response.url)) if response.status == 200 else []
        urls = urls or [response.meta["origin"] + "/sitemap.xml"]
        return [self._sitemap_request(u) for u in urls]

    def _sitemap_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_sitemap, errback=self.sitemap_failed, dont_filter=True, priority=-5)

    def parse_sitemap(self, response: Any) -> list[scrapy.Request]:
        if response.status != 200:
            return []
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gzip.decompress(body)
            except OSError:
                return []
        try:
            sitemap = Sitemap(body)
        except Exception:
            self.emit({"t": "error", "target": response.url, "message": "unreadable sitemap"})
            return []
        out: list[scrapy.Request] = []
        for entry in sitemap:
            loc = entry.get("loc")
            if not loc:
                continue
            if sitemap.type == "sitemapindex":
                out.append(self._sitemap_request(loc))
            else:
                self.consider(loc, 1, out)
        return out

    def sitemap_failed(self, failure: Any) -> None:
        if not failure.check(IgnoreRequest):
            self.emit({"t": "log", "message": f"sitemap/robots fetch failed: {failure.request.url}: {describe(failure)}"})

    def parse_probe(self, response: Any) -> None:
        location = response.headers.get("Location", b"").decode("latin-1")
        redirects = 300 <= response.status < 400 and location.startswith("https://")
        self.emit({"t": "probe", "origin": response.meta["origin"], "redirects_to_https": redirects})

    def probe_failed(self, failure: Any) -> None:
        self.emit({"t": "probe", "origin": failure.request.meta["origin"], "redirects_to_https": None})

    # -- phases ---------------------------------------------------------------------------------------------
    def phase_page_done(self, phase: str) -> None:
        """Close a consent/GPC phase's context once its last page is read: renderers belong to one context
        and cannot be shared, so an idle context still holds its processes."""
        self.phase_done[phase] = self.phase_done.get(phase, 0) + 1
        if phase != self.crawl_phase and self.phase_done[phase] >= self.phase_sizes.get(phase, 1 << 30):
            self._closing.add(asyncio.ensure_future(self._close_context(phase)))

    async def _close_context(self, name: str) -> None:
        self._closed.add(name)
        handler = getattr(self.crawler, "_scanner_download_handler", None)
        if handler is not None:
            handler.forget_context(name)
        wrapper = handler.context_wrappers.get(name) if handler is not None else None
        if wrapper is not None:
            try:
                await wrapper.context.close()  # also writes the phase's HAR
            except Exception as exc:
                _log.info("closing context %s: %s", name, exc)

    def _idle(self) -> None:
        """Phases run one after another, each in a fresh context, the previous one closed first: renderers
        cannot be shared between contexts, so overlapping phases would multiply the browser's memory."""
        if self._switching:
            raise DontCloseSpider
        if self.pending:
            self._switching = True
            self._closing.add(asyncio.ensure_future(self._next_phase(self.pending.pop(0))))
            raise DontCloseSpider

    async def _next_phase(self, phase: str) -> None:
        try:
            for name in [self.crawl_phase, *self.state.site.phases]:
                if name and name != phase and name not in self.pending and name not in self._closed:
                    await self._close_context(name)
            self.crawler.engine.crawl(self.page_request(self.start_url, phase, depth=0, first=True))
        finally:
            self._switching = False
