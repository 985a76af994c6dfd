"""The wait for late beacons after a page has loaded (or after a consent click, or after typing into forms): it
ends once the page's network has been quiet for a short window, counted from the recorder's own DevTools events
(requests sent and not yet finished or failed), instead of a fixed time per page. Timers are not observable
from the network, so the wait never ends before a floor after the load event that covers the usual
setTimeout-delayed beacons (a tag that fires half a second after load). The configured wait
(`wait_after_load_ms`) caps a page whose network is quiet or merely chatty; a request still in flight at the
cap holds the wait until it ends (a tag served slowly, or fetched late on a loaded machine, is what the page
is doing and what the records depend on), up to a longer bound (`BUSY_S`), and the requests still open there
are counted so the page can say it was cut short. Before the wait ends, one round trip through the page's
event loop (`probe`) lets a script that has just arrived run, and a request it makes reopens the wait: on a
loaded machine that can take longer than any quiet window. Long-lived connections (event streams, media
streams) do not hold the wait open: they are recorded as they come, but a page that keeps one open would
otherwise always run to the cap.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

FLOOR_S = 0.8  # after the load event: a setTimeout(…, 700) beacon has been sent and seen by then
QUIET_S = 0.3  # no request open and none begun or ended for this long: a script that just arrived has run
BUSY_S = 5.0  # how long requests in flight may hold the wait past its cap
PROBE_S = 2.0  # a renderer that takes longer for one turn is busy with something else: reading it will tell
_POLL_S = 0.05
_LONG_LIVED = frozenset({"eventsource", "media", "websocket"})
Probe = Callable[[], Awaitable[object]]


class NetworkQuiet:
    """Requests in flight and the time of the last network event, fed by the page recorder."""

    def __init__(self) -> None:
        self.open: set[str] = set()
        self.last = time.monotonic()
        self.events = 0  # every request begun or ended: what a probe compares
        self.cut_short = 0  # requests still open when the last wait gave up at its bound

    def began(self, request_id: str, resource_type: str) -> None:
        self.last = time.monotonic()
        self.events += 1
        if resource_type not in _LONG_LIVED:
            self.open.add(request_id)

    def ended(self, request_id: str) -> None:
        self.last = time.monotonic()
        self.events += 1
        self.open.discard(request_id)

    async def settle(self, cap_s: float, since_load_s: float = 0.0, floor_s: float = FLOOR_S,
                     quiet_s: float = QUIET_S, busy_s: float = BUSY_S, probe: Probe | None = None) -> float:
        """Wait until the floor (counted from the load event, `since_load_s` ago) has passed and the network
        has been quiet for `quiet_s`, or `cap_s` has passed with no request in flight, or `busy_s` has passed
        in any case; returns the seconds waited."""
        start = time.monotonic()
        deadline = start + cap_s
        bound = start + max(cap_s, busy_s)
        earliest = start + max(0.0, min(floor_s, cap_s) - since_load_s)
        self.cut_short = 0
        while True:
            now = time.monotonic()
            if now >= bound:
                self.cut_short = len(self.open)
                break
            quiet_at = self.last + quiet_s
            if not self.open and (now >= deadline or (now >= earliest and now >= quiet_at)):
                if probe is None:
                    break
                seen = self.events
                try:
                    await asyncio.wait_for(probe(), min(max(bound - now, 0.01), PROBE_S))
                except Exception:  # a page that cannot answer has nothing more to send that we could wait for
                    break
                if self.events == seen and not self.open:
                    break
                continue  # the page did something meanwhile: wait for quiet again
            until = max(earliest, quiet_at) if not self.open else now + _POLL_S
            await asyncio.sleep(max(min(until, bound if self.open else deadline) - now, 0.005))
        return time.monotonic() - start
