"""A worker that goes silent is stopped, with its browser, and the scan fails with partial results instead
of hanging a CI job forever."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

import scanner.crawl as crawl
from scanner.config import SiteConfig
from scanner.errors import ScanFailure
from scanner.sitehost import SiteHost


def _workers() -> set[str]:
    out = subprocess.run(["pgrep", "-f", "scanner.crawl.worker"], capture_output=True, text=True).stdout
    return set(out.split())


@pytest.mark.browser
def test_silent_worker_is_stopped(thin_site: SiteHost, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A limit shorter than Chromium's start-up makes the healthy worker look hung: the watchdog must act.
    monkeypatch.setattr(crawl, "stall_limit", lambda site: 0.3)
    before = _workers()
    site = SiteConfig(url="https://www.thin-shop.test/", resolve=thin_site.resolve, insecure=True, phases=["initial"])
    with pytest.raises(ScanFailure, match="no progress for 0 s"):
        crawl.crawl_site(site, tmp_path, None)
    assert _workers() <= before


def test_stall_limit_allows_slow_pages() -> None:
    site = SiteConfig(url="https://a.test/", page_timeout_s=30, wait_after_load_ms=1000)
    assert crawl.stall_limit(site) > 30 + 20 + 1  # a page timeout plus a consent attempt plus the wait
