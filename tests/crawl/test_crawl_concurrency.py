"""The worker deadlock and the tab pool. The crawl hung (stopped only by the stall watchdog) when a page's
script never returned: tabs shared renderers, and every tab placed in the stuck one, new tabs included,
held its slot forever. It hung too when a page's meta refresh pointed at itself: Scrapy replayed it 20 times,
dropped the request, and its tab was never handed back. Both run here with more pages than tabs, under a
stall limit that turns a hang into a failure. The pool is then checked on its own with a real Chromium."""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import async_playwright

import scanner.crawl as crawl
from scanner.config import SiteConfig
from scanner.crawl.browser import crawl_args, find_chromium
from scanner.crawl.tabs import TabPool
from scanner.sitehost import SiteHost

HOST = "www.stuck-shop.test"
SPIN = "<!doctype html><title>Spin</title><h1>Spin</h1><script>for (;;) {}</script>"


def _site(root: Path) -> None:
    pages = {f"ok-{i}.html": f"<!doctype html><title>Good {i}</title><h1>Good {i}</h1>" for i in range(8)}
    pages |= {f"spin-{i}.html": SPIN for i in range(3)}
    pages |= {f"refresh-{i}.html": f'<!doctype html><title>Refresh {i}</title><meta http-equiv="refresh" '
                                   f'content="1; url=/refresh-{i}.html"><h1>Refresh</h1>' for i in range(3)}
    site = root / HOST
    site.mkdir(parents=True)
    links = "".join(f'<a href="/{name}">{name}</a> ' for name in sorted(pages, key=lambda n: n[-6]))
    (site / "index.html").write_text(f"<!doctype html><title>Start</title><body>{links}</body>", encoding="utf-8")
    for name, body in pages.items():
        (site / name).write_text(body, encoding="utf-8")


@pytest.fixture(scope="module")
def stuck_host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteHost]:
    root = tmp_path_factory.mktemp("stuck-site")
    _site(root)
    with SiteHost(root) as host:
        yield host


@pytest.mark.browser
def test_stuck_scripts_and_refresh_loops_do_not_hang_the_crawl(stuck_host: SiteHost, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crawl, "stall_limit", lambda site: 45.0)  # a hang fails here, it does not pass slowly
    site = SiteConfig(url=f"https://{HOST}/", resolve=stuck_host.resolve, insecure=True, phases=["initial"],
                      concurrency=2, page_timeout_s=4, wait_after_load_ms=200)
    started = time.monotonic()
    result = crawl.crawl_site(site, tmp_path, None)
    pages = {p.url.rsplit("/", 1)[1]: p for p in result.pages}
    assert len(pages) == 15, sorted(pages)
    for name, page in pages.items():
        if not name.startswith("spin"):  # the stuck renderer froze nobody else
            assert page.error is None, (name, page.error)
    assert all(pages[f"refresh-{i}.html"].title == f"Refresh {i}" for i in range(3))
    assert time.monotonic() - started < 150


# -- the pool on its own ------------------------------------------------------------------------------------
class Owner:
    """Stands for the Scrapy request a tab is lent to."""


def _with_context(body: Any) -> None:
    async def main() -> None:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=find_chromium(), args=crawl_args())
            try:
                context = await browser.new_context()
                await body(context, TabPool(context, 2, asyncio.Lock()))
            finally:
                await browser.close()

    asyncio.run(main())


@pytest.mark.browser
def test_pool_hands_finished_tabs_to_waiting_requests() -> None:
    async def body(context: Any, pool: TabPool) -> None:
        owners = [Owner() for _ in range(6)]
        first, second = await pool.acquire(owners[0]), await pool.acquire(owners[1])
        waiting = asyncio.ensure_future(pool.acquire(owners[2]))
        await asyncio.sleep(0.2)
        assert not waiting.done()  # the limit holds
        assert pool.put(first)
        assert await asyncio.wait_for(waiting, 5) is first  # handed over, not closed and reopened
        assert len(context.pages) == 2
        cancelled = asyncio.ensure_future(pool.acquire(owners[3]))
        await asyncio.sleep(0.1)
        cancelled.cancel()
        await asyncio.sleep(0.1)
        assert pool.put(second)  # nobody waits any more: it goes to the free list, its slot not lost
        assert await asyncio.wait_for(pool.acquire(owners[4]), 5) is second
        await first.close()  # a tab that closes frees its slot: a waiting request opens a new one
        third = await asyncio.wait_for(pool.acquire(owners[5]), 10)
        assert third not in (first, second) and len(pool.open) == 2

    _with_context(body)


@pytest.mark.browser
def test_pool_takes_back_tabs_whose_request_is_gone() -> None:
    async def body(context: Any, pool: TabPool) -> None:
        await pool.acquire(Owner())  # dropped at once, never given back
        gc.collect()
        await asyncio.sleep(0.5)
        assert len(pool.open) == 0 and len(context.pages) == 0
        kept = Owner()
        page = await pool.acquire(kept)
        gc.collect()
        assert pool.usable(page)

    _with_context(body)


@pytest.mark.browser
def test_pool_stops_a_script_that_never_returns() -> None:
    async def body(context: Any, pool: TabPool) -> None:
        page = await pool.acquire(owner := Owner())
        await page.goto("data:text/html,<title>x</title>")
        await page.evaluate("() => { setTimeout(() => { for (;;) {} }, 50); }")
        await asyncio.sleep(0.3)
        assert await pool.unfreeze(page) is True
        assert await asyncio.wait_for(page.evaluate("() => 1 + 1"), 5) == 2
        assert await pool.unfreeze(page) is False  # a responsive page is left alone
        del owner

    _with_context(body)
