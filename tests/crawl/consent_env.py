"""A module-wide browser environment for the consent and leak tests: the consent fixture sites on one
loopback host, one event loop and one Chromium, with pages opened in fresh contexts (GPC on request)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from playwright.async_api import Browser, Page, async_playwright

from scanner.crawl.browser import chromium_args, find_chromium
from scanner.crawl.consent import GPC_HEADERS, GPC_INIT_SCRIPT
from scanner.sitehost import SiteHost

SITES = Path(__file__).resolve().parents[1] / "sites" / "consent"


class Env:
    def __init__(self, host: SiteHost) -> None:
        self.host = host
        self.loop = asyncio.new_event_loop()
        self.pw: Any = None
        self.browser: Browser | None = None

    def run(self, coro: Any) -> Any:
        return self.loop.run_until_complete(coro)

    async def start(self) -> None:
        self.pw = await async_playwright().start()
        self.browser = await self.pw.chromium.launch(executable_path=find_chromium(), args=chromium_args(self.host.resolve))

    async def page(self, url: str, gpc: bool = False) -> Page:
        assert self.browser is not None
        extra = {"extra_http_headers": GPC_HEADERS} if gpc else {}
        context = await self.browser.new_context(ignore_https_errors=True, **extra)
        if gpc:
            await context.add_init_script(GPC_INIT_SCRIPT)
        page = await context.new_page()
        await page.goto(url, wait_until="load")
        return page

    def hits(self, host: str, path: str = "") -> list[Any]:
        return [h for h in self.host.hits_for(host) if h.path.startswith(path)]


def consent_env() -> Iterator[Env]:
    """Body of a module-scoped fixture: start everything, yield, stop everything."""
    with SiteHost(SITES) as host:
        e = Env(host)
        e.run(e.start())
        yield e
        e.run(e.browser.close())  # type: ignore[union-attr]
        e.run(e.pw.stop())
        e.loop.close()
