"""A worker that goes silent is stopped, with its browser, and the scan fails with partial results instead
of hanging a CI job forever."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from proctree import group

import scanner.crawl as crawl
from scanner.config import SiteConfig
from scanner.errors import ScanFailure
from scanner.sitehost import SiteHost


@pytest.mark.browser
def test_silent_worker_is_stopped(thin_site: SiteHost, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A limit shorter than Chromium's start-up makes the healthy worker look hung: the watchdog must act.
    monkeypatch.setattr(crawl, "stall_limit", lambda site: 0.3)
    started: list[subprocess.Popen[Any]] = []
    popen = subprocess.Popen

    def recording(*args: Any, **kwargs: Any) -> subprocess.Popen[Any]:
        proc = popen(*args, **kwargs)
        started.append(proc)
        return proc

    monkeypatch.setattr(crawl.subprocess, "Popen", recording)
    site = SiteConfig(url="https://www.thin-shop.test/", resolve=thin_site.resolve, insecure=True, phases=["initial"])
    with pytest.raises(ScanFailure, match="no progress for 0 s"):
        crawl.crawl_site(site, tmp_path, None)
    (worker,) = [p for p in started if "scanner.crawl.worker" in p.args]
    assert worker.returncode is not None
    deadline = time.monotonic() + 5  # a killed process takes a moment to leave the table
    while group(worker.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert group(worker.pid) == [], f"left running: {group(worker.pid)}"


def test_stall_limit_allows_slow_pages() -> None:
    site = SiteConfig(url="https://a.test/", page_timeout_s=30, wait_after_load_ms=1000)
    assert crawl.stall_limit(site) > 30 + 20 + 1  # a page timeout plus a consent attempt plus the wait
