"""Browser tabs of one crawl context, lent to one page request at a time. A pool per context holds at most
`limit` tabs: a request takes a free tab, opens a new one while under the limit, or waits; a finished tab goes
straight to a waiting request (closing it and opening another costs the browser about a quarter more CPU).
Every way a lent tab can be lost is covered: a slot is freed when a tab closes, when opening one fails or
times out (a tab that opens late is closed), when a waiting request is cancelled, and when the request
holding a tab is gone without giving it back. Each tab also gets a DevTools session of its own, attached
while the page is still responsive, through which a script that never returns can be stopped: a renderer
stuck in one freezes every tab it hosts, and the browser answers nothing there, not even "open a tab".
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import weakref
from collections import deque
from typing import Any

from playwright._impl._errors import TargetClosedError

_log = logging.getLogger("scanner.crawl.tabs")
OPEN_S = 20.0  # Chromium opens a tab in well under a second; longer means its renderer is stuck
PROBE_S = 3.0  # a responsive renderer evaluates `0` at once, however loaded the machine


class TabTimeout(Exception):
    """A tab that did not answer in time (the class name makes the page error read "timed out: ...")."""


class TabPool:
    def __init__(self, context: Any, limit: int, unfreeze_lock: asyncio.Lock) -> None:
        self.context, self.limit = context, max(1, limit)
        self.open: set[Any] = set()
        self.free: list[Any] = []
        self.crashed: set[Any] = set()
        self._opening = 0
        self._waiters: deque[asyncio.Future[Any]] = deque()
        self._keepers: dict[Any, Any] = {}
        self._leases: dict[Any, int] = {}
        self._lease_ids = 0
        self._lock = unfreeze_lock
        self._tasks: set[asyncio.Future[Any]] = set()
        self.closed = False

    # -- lending ----------------------------------------------------------------------------------------
    async def acquire(self, owner: Any) -> Any:
        """A tab for `owner` (the Scrapy request); it is closed if `owner` disappears without giving it back."""
        while True:
            if self.closed:  # scrapy-playwright retries this error with a fresh context (and pool)
                raise TargetClosedError("the tab's browser context was closed")
            while self.free:
                page = self.free.pop()
                if self.usable(page):
                    return self._lend(page, owner)
                self.discard(page)
            if len(self.open) + self._opening < self.limit:
                return self._lend(await self._open(), owner)
            waiter: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                page = await waiter
            except BaseException:
                with contextlib.suppress(ValueError):
                    self._waiters.remove(waiter)
                if waiter.done() and not waiter.cancelled() and waiter.result() is not None:
                    self.put(waiter.result())  # handed over just as the request was cancelled
                else:
                    self._wake()
                raise
            if page is not None:
                return self._lend(page, owner)

    def put(self, page: Any) -> bool:
        """Take a finished tab back; False when it cannot be reused and the caller should close it."""
        self._leases.pop(page, None)
        if not self.usable(page):
            return False
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(page)
                return True
        self.free.append(page)
        return True

    def usable(self, page: Any) -> bool:
        return page in self.open and page not in self.crashed and not page.is_closed()

    def discard(self, page: Any) -> None:
        """Give up a tab at once (its slot too) and close it in the background."""
        self._gone(page)
        if not page.is_closed():
            self._spawn(asyncio.wait_for(page.close(), OPEN_S))

    async def drop(self, page: Any) -> None:
        """Give up a tab that does not answer: its slot at once, then close it (the browser closes even a
        tab whose renderer is stuck, without asking the renderer)."""
        self._gone(page)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(page.close(), PROBE_S)

    def close_waiters(self) -> None:
        """The context is closing: whoever waits looks again (and gets a fresh context)."""
        self.closed = True
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)

    def _lend(self, page: Any, owner: Any) -> Any:
        self._lease_ids += 1
        lease = self._leases[page] = self._lease_ids
        with contextlib.suppress(TypeError):  # a request that vanishes (dropped by Scrapy) must not keep its tab
            weakref.finalize(owner, self._orphaned, page, lease)
        return page

    def _orphaned(self, page: Any, lease: int) -> None:
        if self._leases.get(page) == lease and page in self.open:
            _log.warning("a tab outlived its request (%s); closing it", page.url)
            self.discard(page)

    def _wake(self) -> None:
        """A slot came free: the first waiting request may open a tab."""
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    def _gone(self, page: Any) -> None:
        self._leases.pop(page, None)
        self._keepers.pop(page, None)
        self.crashed.discard(page)
        with contextlib.suppress(ValueError):
            self.free.remove(page)
        if page in self.open:
            self.open.remove(page)
            self._wake()

    async def _open(self) -> Any:
        self._opening += 1
        task = asyncio.ensure_future(self.context.new_page())
        try:
            done, _ = await asyncio.wait({task}, timeout=OPEN_S)
        except BaseException:
            task.add_done_callback(self._close_late)
            self._opening -= 1
            self._wake()
            raise
        self._opening -= 1
        if not done or task.exception() is not None:
            task.add_done_callback(self._close_late)
            self._wake()
            if not done:
                await self.unfreeze_all()  # the new tab may have landed in a stuck renderer
                raise TabTimeout(f"the browser opened no tab within {OPEN_S:.0f} s")
            raise task.exception()
        page = task.result()
        self.open.add(page)
        page.on("close", lambda _page: self._gone(page))
        page.on("crash", lambda _page: self.crashed.add(page))
        try:
            self._keepers[page] = await asyncio.wait_for(self.context.new_cdp_session(page), OPEN_S)
        except Exception as exc:  # the tab still works; only a stuck script in it could not be stopped
            _log.info("no keeper session for a new tab: %s", exc)
        return page

    def _close_late(self, task: asyncio.Future[Any]) -> None:
        if not task.cancelled() and task.exception() is None:
            self._spawn(asyncio.wait_for(task.result().close(), OPEN_S))

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._settled)

    def _settled(self, task: asyncio.Future[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            _log.debug("closing a tab: %s", task.exception())

    # -- stuck scripts ----------------------------------------------------------------------------------
    async def unfreeze(self, page: Any) -> bool:
        """Stop the script that keeps `page`'s renderer busy, if one does; True when one was stopped."""
        keeper = self._keepers.get(page)
        if keeper is None or page.is_closed():
            return False
        async with self._lock:  # one at a time: a second stop would hit the next script that runs
            try:
                await asyncio.wait_for(keeper.send("Runtime.evaluate", {"expression": "0"}), PROBE_S)
                return False
            except TimeoutError:
                pass
            except Exception:
                return False  # closed or crashed: nothing runs there any more
            try:
                await asyncio.wait_for(keeper.send("Runtime.terminateExecution"), PROBE_S)
            except Exception as exc:
                _log.info("could not stop a stuck script in %s: %s", page.url, exc)
                return False
        _log.info("stopped a script that kept the renderer of %s busy", page.url)
        return True

    async def unfreeze_all(self) -> None:
        for page in list(self.open):
            await self.unfreeze(page)
