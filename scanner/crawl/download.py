"""Scrapy's own downloads (robots.txt, sitemaps) honouring `--resolve`. Pages go to Chromium through
scrapy-playwright, which gets the rules as --host-resolver-rules; everything else Scrapy fetches goes
through this handler, whose Twisted agent connects to the address *and port* the rules name while the
request keeps its real host name for the Host header, TLS SNI and certificate checks. A DNS-only resolver
could not do that: `*:443=127.0.0.1:8443` changes the port too. Pages get their tabs from a TabPool
(scanner.crawl.tabs) and a time limit, so no tab is held forever by a page that stops answering.
"""

from __future__ import annotations

import asyncio
from typing import Any

from scrapy import Request
from scrapy.core.downloader.handlers.http11 import _BindAddressAgent, _ScrapyAgent
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler
from twisted.internet.endpoints import HostnameEndpoint, wrapClientTLS

from scanner.crawl.tabs import TabPool, TabTimeout
from scanner.resolve import Resolver


class _ResolvingAgent(_BindAddressAgent):
    resolver: Resolver = Resolver()

    def _getEndpoint(self, uri: Any) -> Any:
        host = uri.host.decode("ascii") if isinstance(uri.host, bytes) else str(uri.host)
        mapped = self.resolver.lookup(host, int(uri.port))
        if mapped is None:
            return super()._getEndpoint(uri)  # type: ignore[no-untyped-call]
        factory = self._endpointFactory
        kwargs: dict[str, Any] = {"bindAddress": factory._bindAddress}
        if factory._connectTimeout is not None:
            kwargs["timeout"] = factory._connectTimeout
        endpoint: Any = HostnameEndpoint(factory._reactor, mapped[0], mapped[1], **kwargs)
        if uri.scheme in (b"https", b"wss"):
            return wrapClientTLS(factory._policyForHTTPS.creatorForNetloc(uri.host, uri.port), endpoint)
        return endpoint


class _ResolvingScrapyAgent(_ScrapyAgent):
    def __init__(self, resolver: Resolver, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._resolver = resolver

    def _get_agent(self, request: Request, timeout: float) -> Any:
        from twisted.internet import reactor

        if request.meta.get("proxy") or not self._resolver.rules:
            return super()._get_agent(request, timeout)
        agent = _ResolvingAgent(reactor=reactor, contextFactory=self._contextFactory, connectTimeout=timeout,
                                bindAddress=None, pool=self._pool)
        agent.resolver = self._resolver
        return agent


class ResolvingDownloadHandler(ScrapyPlaywrightDownloadHandler):  # type: ignore[misc]
    """scrapy-playwright for pages (meta playwright=True); a resolving HTTP/1.1 agent for the rest."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self._resolver = Resolver.parse(crawler.settings.getlist("SCANNER_RESOLVE"))
        self._closed = False
        self._pools: dict[str, TabPool] = {}
        self._unfreeze_lock = asyncio.Lock()
        # Navigation has its own timeout; the rest of a page download (tab set-up, reading the content) takes
        # well under a second on a responsive renderer, so past this the tab is taken as stuck.
        self._budget = (self.config.navigation_timeout_ms or 30_000) / 1000 + 20

    # Pages come from a TabPool per context instead of scrapy-playwright's semaphore, whose permit was lost
    # whenever anything was cancelled or hung between taking it and handing the tab to the spider.
    async def _create_page(self, request: Request, spider: Any) -> Any:
        name = request.meta.setdefault("playwright_context", "default")
        async with self.context_launch_lock:
            wrapper = self.context_wrappers.get(name)
            if wrapper is None:
                wrapper = await self._create_browser_context(
                    name=name, context_kwargs=request.meta.get("playwright_context_kwargs"), spider=spider)
        pool = self._pools.get(name)
        if pool is None or pool.context is not wrapper.context:
            pool = self._pools[name] = TabPool(wrapper.context, self.config.max_pages_per_context, self._unfreeze_lock)
        page = await pool.acquire(request)
        request.meta["cs_tab"] = page
        ready = request.meta.get("cs_tab_ready")
        if ready is not None and not ready.done():
            ready.set_result(None)
        return page

    def give_back(self, page: Any, context: str) -> bool:
        """Keep `page` for the next request of `context`; False when the caller should close it instead."""
        pool = self._pools.get(context)
        return pool is not None and context in self.context_wrappers and pool.put(page)

    def forget_context(self, context: str) -> None:
        pool = self._pools.pop(context, None)
        if pool is not None:
            pool.close_waiters()

    async def _page(self, request: Request) -> Response:
        """A page download with a time limit counted from the moment it has a tab: past it, any script that
        keeps the context's renderers busy is stopped and the download gets a little longer; then the tab
        is closed and the page fails with "timed out" instead of holding its tab (and the crawl) forever."""
        # The browser follows redirects and meta refresh itself; Scrapy replaying them re-navigated the same
        # tab up to 20 times and then dropped the request, the page unrecorded and its tab never returned.
        request.meta["dont_redirect"] = True
        ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        request.meta["cs_tab_ready"] = ready
        task = asyncio.ensure_future(super().download_request(request))
        try:
            await asyncio.wait({task, ready}, return_when=asyncio.FIRST_COMPLETED)
            if not task.done():
                await asyncio.wait({task}, timeout=self._budget)
            if not task.done():
                pool = self._pools.get(request.meta["playwright_context"])
                if pool is not None:
                    await pool.unfreeze_all()
                await asyncio.wait({task}, timeout=5)
        except BaseException:
            task.cancel()
            raise
        tab = request.meta.get("cs_tab")
        pool = self._pools.get(request.meta["playwright_context"])
        if not task.done():
            task.cancel()
            await asyncio.wait({task})
            if tab is not None and pool is not None:
                await pool.drop(tab)
            raise TabTimeout(f"the browser tab did not answer within {self._budget:.0f} s")
        response: Response = task.result()  # a page stuck in a script is judged (and stopped) by the reader
        return response

    @classmethod
    def from_crawler(cls, crawler: Any) -> ResolvingDownloadHandler:
        # Scrapy builds one handler per scheme; http and https pages must share one browser and its contexts.
        existing = getattr(crawler, "_scanner_download_handler", None)
        if existing is None:
            existing = cls(crawler)
            crawler._scanner_download_handler = existing
        return existing

    async def close(self) -> None:
        if not self._closed:
            self._closed = True
            await super().close()

    async def download_request(self, request: Request, spider: Any = None) -> Response:
        if request.meta.get("playwright"):
            return await self._page(request)
        agent = _ResolvingScrapyAgent(
            self._resolver,
            contextFactory=self._contextFactory,
            pool=self._pool,
            maxsize=self._default_maxsize,
            warnsize=self._default_warnsize,
            fail_on_dataloss=self._fail_on_dataloss,
            crawler=self._crawler,
        )
        response: Response = await maybe_deferred_to_future(agent.download_request(request))
        return response
