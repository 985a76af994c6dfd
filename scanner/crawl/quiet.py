"""The wait for late beacons after a page has loaded (or after a consent click): it ends once the page's network
has been quiet for a short window, counted from the recorder's own DevTools events (requests sent and not yet
finished or failed), instead of a fixed time per page. Timers are not observable from the network, so the wait
never ends before a floor after the load event that covers the usual setTimeout-delayed beacons (a tag that fires
half a second after load), and never lasts longer than the configured wait (`wait_after_load_ms`), which is
what every page cost before. Long-lived connections (event streams, media streams) do not hold the wait open:
they are recorded as they come, but a page that keeps one open would otherwise always run to the cap.
"""

from __future__ import annotations

import asyncio
import time

FLOOR_S = 0.8  # after the load event: a setTimeout(…, 700) beacon has been sent and seen by then
QUIET_S = 0.3  # no request open and none begun or ended for this long: a script that just arrived has run
_POLL_S = 0.05
_LONG_LIVED = frozenset({"eventsource", "media", "websocket"})


class NetworkQuiet:
    """Requests in flight and the time of the last network event, fed by the page recorder."""

    def __init__(self) -> None:
        self.open: set[str] = set()
        self.last = time.monotonic()

    def began(self, request_id: str, resource_type: str) -> None:
        self.last = time.monotonic()
        if resource_type not in _LONG_LIVED:
            self.open.add(request_id)

    def ended(self, request_id: str) -> None:
        self.last = time.monotonic()
        self.open.discard(request_id)

    async def settle(self, cap_s: float, since_load_s: float = 0.0, floor_s: float = FLOOR_S,
                     quiet_s: float = QUIET_S) -> float:
        """Wait until the floor (counted from the load event, `since_load_s` ago) has passed and the network
        has been quiet for `quiet_s`, or `cap_s` has passed; returns the seconds waited."""
        start = time.monotonic()
        deadline = start + cap_s
        earliest = start + max(0.0, min(floor_s, cap_s) - since_load_s)
        while True:
            now = time.monotonic()
            if now >= deadline:
                break
            quiet_at = self.last + quiet_s
            if now >= earliest and not self.open and now >= quiet_at:
                break
            until = max(earliest, quiet_at) if not self.open else now + _POLL_S
            await asyncio.sleep(max(min(until, deadline) - now, 0.005))
        return time.monotonic() - start
