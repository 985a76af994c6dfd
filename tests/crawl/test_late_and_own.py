"""The wait after load ends when the page's network is quiet, without losing what comes late: beacons on
setTimeout 450 and 700 ms after load, and a tag that a timer loads and that answers slowly (its beacon comes
after the floor, while its request is in flight); a beacon 4 s after load is past the wait. And typed input
that a page posts to the site's own endpoint before any submit (an autosave) is key logging by the first party:
recorded as a Leak with party "first", and not shared data in the report's evidence. Chromium makes no request of
its own during the crawl."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reports.evidence import Evidence
from scanner.config import SiteConfig
from scanner.crawl import crawl_site
from scanner.crawl.browser import crawl_args
from scanner.crawl.quiet import FLOOR_S, QUIET_S, NetworkQuiet
from scanner.model import ScanResult
from scanner.sitehost import SiteHost

SITES = Path(__file__).resolve().parent.parent / "sites"
START = "https://www.late-shop.test/"


@pytest.fixture(scope="module")
def late(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ScanResult, SiteHost]]:
    with SiteHost(SITES / "late") as host:
        site = SiteConfig.model_validate({"url": START, "resolve": host.resolve, "insecure": True, "phases": ["initial"],
                                          "page_timeout_s": 10, "robots": False, "sitemaps": False,
                                          "wait_after_load_ms": 1500})  # the cap, past the chained tag's beacon
        yield crawl_site(site, tmp_path_factory.mktemp("late"), None), host


def _events(result: ScanResult, page: str) -> set[str]:
    return {str(r.params.get("ev")) for r in result.requests
            if r.host == "stats.late-metrics.test" and r.page == START + page and "ev" in r.params}


@pytest.mark.browser
def test_beacons_on_timers_after_load_are_recorded(late: tuple[ScanResult, SiteHost]) -> None:
    result, _ = late
    assert {p.url for p in result.pages if p.error is None} == {START, START + "chain.html", START + "account.html"}
    assert {"t450", "t700"} <= _events(result, "")
    assert "t4000" not in _events(result, "")  # the cap still holds
    beacons = [r for r in result.requests if r.host == "stats.late-metrics.test" and r.page == START]
    assert {r.beacon_kind for r in beacons} >= {"sendBeacon"}


@pytest.mark.browser
def test_a_slow_tag_loaded_by_a_timer_is_waited_for(late: tuple[ScanResult, SiteHost]) -> None:
    result, _ = late
    slow = [r for r in result.requests if r.url.endswith("/slow.js") and r.page == START + "chain.html"]
    assert slow and slow[0].status == 200
    assert _events(result, "chain.html") == {"chained"}


@pytest.mark.browser
def test_typed_input_sent_to_the_site_itself_is_a_first_party_leak(late: tuple[ScanResult, SiteHost]) -> None:
    result, host = late
    own = [lk for lk in result.leaks if lk.page == START + "account.html"]
    assert {(lk.data_type, lk.site, lk.party, lk.location) for lk in own} >= {
        ("email", "late-shop.test", "first", "body"), ("name", "late-shop.test", "first", "body")}
    assert all(lk.before_submit and lk.party == "first" and "/api/autosave" in lk.url for lk in own)
    assert not [h for h in host.hits if h.path == "/account/save"]  # typed, never submitted
    assert [h for h in host.hits if h.path == "/api/autosave" and b"example.com" in h.body]
    # key logging by the site itself, not personal data shared with a third party
    assert not Evidence(result).items("leaks")


def test_quiet_network_ends_the_wait_at_the_floor() -> None:
    net = NetworkQuiet()
    net.last -= 5  # nothing since long before the load event
    t0 = time.monotonic()
    waited = asyncio.run(net.settle(1.0, since_load_s=0.2))
    assert FLOOR_S - 0.2 - 0.02 <= waited < FLOOR_S - 0.2 + 0.15
    assert time.monotonic() - t0 < 1.0
    assert asyncio.run(net.settle(1.0, since_load_s=2.0)) < 0.05  # read long after load: no wait at all


def test_an_open_request_holds_the_wait_until_it_ends_and_the_network_is_quiet() -> None:
    async def run() -> tuple[float, float]:
        net = NetworkQuiet()
        net.began("1", "script")
        loop = asyncio.get_running_loop()
        loop.call_later(0.9, net.ended, "1")
        ended_at = time.monotonic() + 0.9
        waited = await net.settle(3.0, since_load_s=0.0)
        return waited, time.monotonic() - ended_at

    waited, after_end = asyncio.run(run())
    assert after_end >= QUIET_S - 0.01 and waited < 0.9 + QUIET_S + 0.2


def test_the_wait_never_passes_its_bounds() -> None:
    net = NetworkQuiet()
    net.began("1", "fetch")  # never ends: holds the wait past its cap up to the longer bound, and is counted
    net.began("2", "eventsource")  # long-lived: does not count
    assert 0.49 <= asyncio.run(net.settle(0.2, busy_s=0.5)) < 0.65 and net.cut_short == 1
    net.ended("1")
    net.last -= 5
    assert asyncio.run(net.settle(0.5, since_load_s=1.0)) < 0.05  # an event stream alone holds nothing


@pytest.mark.browser
def test_the_browser_itself_contacts_no_one(late: tuple[ScanResult, SiteHost]) -> None:
    """Every host name resolves to the loopback host during the crawl, so a request Chromium makes on its own
    (component updates, network time, optimization hints) arrives there too: only the fixture's hosts may."""
    _, host = late
    assert {h.host for h in host.hits} <= {p.name for p in (SITES / "late").iterdir()}


def test_launch_flags_keep_playwrights_disabled_features() -> None:
    # Chromium keeps the last --disable-features only: one of ours would drop Playwright's list, whose entries
    # stop start-up requests to Google (network time, optimization hints, search preconnects).
    assert not [a for a in crawl_args(["*:443=127.0.0.1:1"]) if a.startswith(("--disable-features", "--enable-features"))]
    assert "--no-pings" not in crawl_args()  # <a ping> is evidence
