"""Scrapy's own downloads (robots.txt, sitemaps) honouring `--resolve`. Pages go to Chromium through
scrapy-playwright, which gets the rules as --host-resolver-rules; everything else Scrapy fetches goes
through this handler, whose Twisted agent connects to the address *and port* the rules name while the
request keeps its real host name for the Host header, TLS SNI and certificate checks. A DNS-only resolver
could not do that: `*:443=127.0.0.1:8443` changes the port too.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from scrapy import Request
from scrapy.core.downloader.handlers.http11 import _BindAddressAgent, _ScrapyAgent
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler
from twisted.internet.endpoints import HostnameEndpoint, wrapClientTLS

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
        self._free: dict[str, list[Any]] = {}
        self._waiting: Counter[str] = Counter()

    # A finished tab is reused for the next page of its context: a fresh tab per page costs the browser about a
    # quarter more CPU. Free tabs still hold their context's page slot, so a tab is only kept while no request
    # waits for a slot; otherwise it is closed and the slot freed.
    async def _create_page(self, request: Request, spider: Any) -> Any:
        name = request.meta.setdefault("playwright_context", "default")
        free = self._free.get(name)
        while free:
            page = free.pop()
            if not page.is_closed():
                return page
        self._waiting[name] += 1
        try:
            return await super()._create_page(request, spider)
        finally:
            self._waiting[name] -= 1

    def give_back(self, page: Any, context: str) -> bool:
        """Keep `page` for the next request of `context`; False when the caller should close it instead."""
        if self._waiting[context] > 0 or context not in self.context_wrappers:
            return False
        self._free.setdefault(context, []).append(page)
        return True

    def forget_context(self, context: str) -> None:
        self._free.pop(context, None)

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
            page_response: Response = await super().download_request(request)
            return page_response
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
