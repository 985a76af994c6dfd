"""The crawl stage: `crawl_site(site, out_dir, progress)` → a partial ScanResult with pages, cookies,
requests, third parties, storage, forms, transport, fingerprinting, consent, leaks and errors, plus a HAR
file in out_dir. The crawl itself runs in a child process (scanner.crawl.worker: Scrapy + scrapy-playwright
+ Chromium) because Scrapy's reactor cannot be restarted; this side sends the job, streams the events into
a Collector and the progress display, and turns Ctrl-C or a fatal error into ScanFailure with every page
that finished. Faults on single pages are recorded and do not stop the crawl.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from scanner.config import SiteConfig
from scanner.crawl.aggregate import Collector
from scanner.crawl.browser import find_chromium
from scanner.crawl.progress import CrawlProgress
from scanner.crawl.scope import canonical
from scanner.errors import ConfigError, ScanFailure
from scanner.model import ScanResult
from scanner.resolve import Resolver

__all__ = ["crawl_site"]
_GRACE_S = 60


def _read(proc: subprocess.Popen[bytes], collector: Collector, display: CrawlProgress, seen: list[float]) -> None:
    assert proc.stdout is not None
    for raw in proc.stdout:
        seen[0] = time.monotonic()
        try:
            event = json.loads(raw)
        except ValueError:
            continue
        collector.add(event)
        display.event(event)


def stall_limit(site: SiteConfig) -> float:
    """Seconds without a single event from the worker after which it is taken as hung: a page may take its
    timeout, the late-beacon wait and a consent attempt, so only well past all of those is silence a hang."""
    return 3 * site.page_timeout_s + site.wait_after_load_ms / 1000 + 60


def crawl_site(site: SiteConfig, out_dir: Path, progress: Callable[[str], None] | None = None) -> ScanResult:
    Resolver.parse(site.resolve)  # a bad rule is a usage error, before anything starts
    find_chromium(site.browser)
    out_dir.mkdir(parents=True, exist_ok=True)
    collector = Collector(site)
    display = CrawlProgress(progress)
    log = (out_dir / "crawl.log").open("wb")
    job = json.dumps({"site": site.model_dump(mode="json"), "out_dir": str(out_dir.resolve())}).encode()
    proc = subprocess.Popen([sys.executable, "-m", "scanner.crawl.worker"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=log, start_new_session=True)
    assert proc.stdin is not None
    proc.stdin.write(job)
    proc.stdin.close()
    seen = [time.monotonic()]
    reader = threading.Thread(target=_read, args=(proc, collector, display, seen), daemon=True)
    reader.start()
    interrupted, stalled, limit = False, False, stall_limit(site)
    try:
        while reader.is_alive():
            reader.join(0.2)
            if time.monotonic() - seen[0] > limit and not stalled:
                # A hung worker must never hang the scan (or a CI job): stop it and keep what it reported.
                stalled = True
                display.say(f"crawl: no progress for {limit:.0f} s; stopping the crawler")
                proc.send_signal(signal.SIGINT)
                reader.join(20)
                if proc.poll() is None:
                    os.killpg(proc.pid, signal.SIGKILL)
                reader.join(5)
                break
    except KeyboardInterrupt:
        # One SIGINT lets Scrapy close the spider and the browser (and write the HAR); a second Ctrl-C kills.
        interrupted = True
        display.say("crawl: interrupted; finishing the pages in flight (Ctrl-C again to stop at once)")
        proc.send_signal(signal.SIGINT)
        with contextlib.suppress(KeyboardInterrupt):
            reader.join(_GRACE_S)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the whole group: no orphaned Chromium left behind
    finally:
        code = proc.wait()
        log.close()
    display.finish(len(collector.pages))
    result = collector.result()
    if collector.fatal_kind == "config":
        raise ConfigError(collector.fatal or "bad crawl configuration")
    if interrupted:
        raise ScanFailure("crawl interrupted by the user; partial results kept", partial=result)
    if stalled:
        raise ScanFailure(f"crawler made no progress for {limit:.0f} s and was stopped; partial results kept", partial=result)
    if collector.fatal:
        raise ScanFailure(collector.fatal, partial=result)
    if not collector.finished:
        tail = (out_dir / "crawl.log").read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:] or [""]
        raise ScanFailure(f"crawler process ended early (status {code}): {tail[0][:200]}", partial=result)
    first_phase, start_url = site.phases[0], canonical(site.url)
    start = next((p for p in collector.pages if p.phase == first_phase and p.url == start_url), None)
    if start is None or (start.status is None and start.error):
        reason = start.error if start else "no page could be loaded"
        raise ScanFailure(f"{site.url}: cannot load the start page: {reason}", partial=result)
    return result
