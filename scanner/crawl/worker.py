"""The crawl process: `python -m scanner.crawl.worker` reads a job (SiteConfig and output directory) as
JSON on stdin, runs one Scrapy crawl with scrapy-playwright and writes one JSON event per line on stdout:
page bundles, consent outcomes, progress, errors, and a final `done`. Scrapy's Twisted reactor cannot be
started twice in a process, so every crawl gets its own process; the parent (scanner.crawl.crawl_site)
assembles the events, which also means a crawl that dies still leaves every page it finished.
"""

from __future__ import annotations

import importlib
import json
import logging
import os
import secrets
import shutil
import sys
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

from scanner import __version__
from scanner.config import SiteConfig
from scanner.errors import ConfigError, ScanFailure


class Emitter:
    """One JSON object per line on the real stdout; thread-safe, flushed at once for live progress."""

    def __init__(self) -> None:
        self._out = sys.stdout
        self._lock = threading.Lock()

    def __call__(self, event: dict[str, Any]) -> None:
        line = json.dumps(event, ensure_ascii=False, default=str)
        with self._lock:
            self._out.write(line + "\n")
            self._out.flush()


def _optional(name: str, needed: tuple[str, ...]) -> ModuleType | None:
    """Another engineer's module when it is there and complete; the feature is skipped otherwise."""
    try:
        module = importlib.import_module(name)
    except Exception:
        return None
    return module if all(hasattr(module, attr) for attr in needed) else None


def _warm_leaks(leaks: ModuleType, canaries: Any) -> None:
    try:
        leaks.find_leaks("https://warm-up.invalid/", "GET", {}, None, canaries)
    except Exception:
        logging.getLogger("scanner.crawl").warning("leak matcher warm-up failed", exc_info=True)


def settings_for(site: SiteConfig, executable: str) -> dict[str, Any]:
    from scanner.crawl.browser import crawl_args

    timeout_ms = int(site.page_timeout_s * 1000)
    settings: dict[str, Any] = {
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "DOWNLOAD_HANDLERS": {"http": "scanner.crawl.download.ResolvingDownloadHandler",
                              "https": "scanner.crawl.download.ResolvingDownloadHandler"},
        "SCANNER_RESOLVE": list(site.resolve),
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_BROWSER_PROVIDER": "scanner.crawl.provider.CrawlBrowserProvider",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {"executable_path": executable, "headless": True, "args": crawl_args(site.resolve)},
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": timeout_ms,
        # Tabs per context = concurrency: more tabs overlapped the late-beacon waits but pushed the browser's
        # resident memory past 1.5 GB on the 200-page benchmark (benchmarks/RESULTS.md).
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": site.concurrency,
        "PLAYWRIGHT_PROCESS_REQUEST_HEADERS": None,  # the browser's own headers, as a visitor's would be
        "CONCURRENT_REQUESTS": site.concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": site.concurrency,
        "DOWNLOAD_DELAY": 0,
        "ROBOTSTXT_OBEY": site.robots,
        "ROBOTSTXT_USER_AGENT": "compliance-scanner",
        "USER_AGENT": f"compliance-scanner/{__version__} (privacy compliance audit)",
        "HTTPERROR_ALLOW_ALL": True,
        "RETRY_ENABLED": False,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        # Extensions a one-shot crawl does not need; remote control would also open a listening port.
        "EXTENSIONS": {"scrapy.extensions.remote_control.RemoteControl": None, "scrapy.extensions.memusage.MemoryUsage": None,
                       "scrapy.extensions.logstats.LogStats": None},
        "LOG_LEVEL": "DEBUG" if os.environ.get("COMPLIANCE_SCAN_DEBUG") else "INFO",
        "DOWNLOAD_TIMEOUT": max(10, int(site.page_timeout_s)),
        "DOWNLOAD_MAXSIZE": 50 * 1024 * 1024,
        "DEPTH_PRIORITY": 1,
        "SCHEDULER_DISK_QUEUE": "scrapy.squeues.PickleFifoDiskQueue",
        "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue",
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
        "STATS_DUMP": False,
    }
    if not site.insecure:
        settings["DOWNLOADER_CLIENTCONTEXTFACTORY"] = "scrapy.core.downloader.contextfactory.BrowserLikeContextFactory"
    return settings


def run(job: dict[str, Any], emit: Emitter) -> int:
    from scrapy.crawler import CrawlerProcess

    from scanner.crawl.browser import find_chromium
    from scanner.crawl.har import merge_hars
    from scanner.crawl.parties import Parties
    from scanner.crawl.spider import SiteSpider
    from scanner.crawl.state import CrawlState
    from scanner.crawl.vendors import Attributor

    site = SiteConfig.model_validate(job["site"])
    out_dir = Path(job["out_dir"])
    try:
        executable = find_chromium(site.browser)
        attributor = Attributor(site.tracker_lists)
    except ConfigError as exc:
        emit({"t": "fatal", "kind": "config", "message": str(exc)})
        return 2
    except ScanFailure as exc:
        emit({"t": "fatal", "message": str(exc)})
        return 3
    leaks = _optional("scanner.crawl.leaks", ("make_canaries", "fill_forms", "find_leaks"))
    consent = _optional("scanner.crawl.consent", ())
    state = CrawlState(site=site, parties=Parties.for_site(site.url, site.first_party_domains), attributor=attributor,
                       canaries=leaks.make_canaries(secrets.token_hex(4)) if leaks else None,
                       leaks_module=leaks, consent_module=consent)
    emit({"t": "modules", "leaks": leaks is not None, "consent": consent is not None})
    if leaks is not None:  # the leak matcher compiles its patterns on first use: do it while Chromium starts
        threading.Thread(target=_warm_leaks, args=(leaks, state.canaries), daemon=True).start()
    har_dir = out_dir / ".har-parts"
    har_dir.mkdir(parents=True, exist_ok=True)
    process = CrawlerProcess({**settings_for(site, executable), "LOG_INSTALL_ROOT_HANDLER": False})
    process.crawl(SiteSpider, state=state, emit=emit, out_dir=out_dir, har_dir=har_dir)
    process.start()
    if site.har:
        parts: list[tuple[str, Path]] = [(p, har_dir / f"{p}.har") for p in site.phases if (har_dir / f"{p}.har").is_file()]
        count = merge_hars(parts, out_dir / "crawl.har")
        emit({"t": "har", "path": "crawl.har", "entries": count})
    shutil.rmtree(har_dir, ignore_errors=True)
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    logging.getLogger("scanner.crawl").info("worker CPU: %.1f s user, %.1f s system", own.ru_utime, own.ru_stime)
    emit({"t": "done"})
    return 0


def main() -> int:
    debug = bool(os.environ.get("COMPLIANCE_SCAN_DEBUG"))
    logging.basicConfig(stream=sys.stderr, level=logging.DEBUG if debug else logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s: %(message)s")
    emit = Emitter()
    sys.stdout = sys.stderr  # nothing but events may reach the real stdout
    try:
        return run(json.loads(sys.stdin.read()), emit)
    except Exception as exc:  # the parent turns this into a ScanFailure carrying the pages already sent
        logging.getLogger("scanner.crawl").exception("crawl failed")
        emit({"t": "fatal", "message": f"crawler failed: {type(exc).__name__}: {exc}"})
        return 3


if __name__ == "__main__":
    sys.exit(main())
