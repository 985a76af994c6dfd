"""Crawl progress for people and for CI logs. On a terminal, one redrawn line: a bar, pages done of the
current estimate, pages per minute and an ETA. Elsewhere (CI, a pipe), plain lines through the caller's
progress callback: one every few pages and one for every page that failed, so logs stay short but a
stalled or failing crawl is visible.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any, TextIO

_EVERY = 10


class CrawlProgress:
    def __init__(self, callback: Callable[[str], None] | None, stream: TextIO | None = None) -> None:
        self.callback = callback
        self.stream = stream if stream is not None else sys.stderr
        self.tty = callback is not None and hasattr(self.stream, "isatty") and self.stream.isatty()
        self.started = time.monotonic()
        self.done = 0
        self._drawn = False

    def rate(self) -> float:
        minutes = max(time.monotonic() - self.started, 1e-6) / 60
        return self.done / minutes

    def line(self, done: int, total: int) -> str:
        rate = self.rate()
        remaining = max(total - done, 0)
        eta = f"{int(remaining / rate * 60) // 60}m{int(remaining / rate * 60) % 60:02d}s" if rate > 0 else "?"
        return f"crawl: {done}/{total} pages, {rate:.0f} pages/min, ETA {eta}"

    def event(self, event: dict[str, Any]) -> None:
        if self.callback is None:
            return
        kind = event.get("t")
        if kind == "progress":
            self.done = int(event.get("done", 0))
            total = max(int(event.get("total", 0)), self.done)
            if self.tty:
                width = 24
                filled = int(width * self.done / total) if total else 0
                bar = "#" * filled + "-" * (width - filled)
                self.stream.write(f"\r[{bar}] {self.line(self.done, total)}   ")
                self.stream.flush()
                self._drawn = True
            elif event.get("error"):
                self.callback(f"crawl: {event.get('phase')}: {event.get('url')}: {event.get('error')}")
            elif self.done % _EVERY == 0 or self.done == 1:
                self.callback(self.line(self.done, total))
        elif kind in ("log", "fatal"):
            self.say(str(event.get("message", "")))

    def say(self, message: str) -> None:
        if self.callback is None:
            return
        if self._drawn:
            self.stream.write("\n")
            self._drawn = False
        self.callback(message)

    def finish(self, pages: int) -> None:
        if self.callback is not None:
            self.say(f"crawl: {pages} pages in {time.monotonic() - self.started:.1f}s ({self.rate():.0f} pages/min)")
