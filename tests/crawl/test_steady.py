"""The same site is recorded the same way on every run, whatever the machine's load: the consent phases
revisit the pages that sort first (forms first, then fewer path segments, then URL), not those that happened
to finish first; sitemaps are read after the start page, so its links are depth 1 on every run; a cookie set
by several pages is credited to the one whose URL sorts first, not the first to finish; a tag that a consent
click loads from a slow server is waited for before the forms are typed into (requests in flight hold the
wait past its cap); and what a page sends as it is left (a pagehide beacon carrying typed values) is
recorded. The fixture (tests/sites/steady) makes the page that sorts first and the start page the slowest,
and the replay vendor's script arrive 1.2 s after it is asked for."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from scanner.config import SiteConfig
from scanner.crawl import crawl_site
from scanner.crawl.quiet import NetworkQuiet
from scanner.crawl.record import _unindexed
from scanner.model import ScanResult
from scanner.sitehost import SiteHost

SITES = Path(__file__).resolve().parent.parent / "sites"
START = "https://www.steady-shop.test/"


@pytest.fixture(scope="module")
def steady(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ScanResult, SiteHost]]:
    with SiteHost(SITES / "steady") as host:
        site = SiteConfig.model_validate({
            "url": START, "resolve": host.resolve, "insecure": True, "phases": ["initial", "accept"],
            "phase_max_pages": 2, "concurrency": 4, "wait_after_load_ms": 300, "page_timeout_s": 10,
            "robots": False, "consent": {"autoconsent": False}})
        yield crawl_site(site, tmp_path_factory.mktemp("steady"), None), host


@pytest.mark.browser
def test_the_consent_phase_revisits_the_pages_that_sort_first(steady: tuple[ScanResult, SiteHost]) -> None:
    result, _ = steady
    assert {p.url for p in result.pages if p.phase == "initial" and p.error is None} == {
        START, START + "a-slow.html", START + "b.html", START + "c.html"}
    # a-slow.html finishes last in the initial phase; in finishing order b.html would have been revisited
    assert {p.url for p in result.pages if p.phase == "accept"} == {START, START + "a-slow.html"}


@pytest.mark.browser
def test_a_page_the_start_page_links_to_is_at_depth_one(steady: tuple[ScanResult, SiteHost]) -> None:
    result, _ = steady
    # c.html, listed in the sitemap, is ready long before the slow start page and links to b.html too
    depths = {p.url: p.depth for p in result.pages if p.phase == "initial"}
    assert depths == {START: 0, START + "a-slow.html": 1, START + "b.html": 1, START + "c.html": 1}, depths


@pytest.mark.browser
def test_a_cookie_set_by_several_pages_is_credited_to_the_first_url(steady: tuple[ScanResult, SiteHost]) -> None:
    result, _ = steady
    visits = [c for c in result.cookies if c.name == "visit" and c.phase == "initial"]
    assert len(visits) == 1, visits
    assert visits[0].page == START + "a-slow.html"
    assert visits[0].provenance is not None and visits[0].provenance.kind == "script"


@pytest.mark.browser
def test_a_tag_loaded_slowly_after_the_consent_click_sees_the_typed_values(steady: tuple[ScanResult, SiteHost]) -> None:
    result, host = steady
    sent = [json.loads(h.body) for h in host.hits if h.host == "rec.replay-vendor.test"]
    assert any(s["page"] == START and s["fields"].get("email") for s in sent), sent
    leaks = {(lk.page, lk.data_type, lk.site, lk.location) for lk in result.leaks if lk.phase == "accept"}
    assert (START, "email", "replay-vendor.test", "body") in leaks, leaks


@pytest.mark.browser
def test_a_beacon_sent_as_the_page_is_left_is_recorded(steady: tuple[ScanResult, SiteHost]) -> None:
    result, _ = steady
    # on a-slow.html the stored consent loads the replay script with the page; its beacon goes on pagehide
    leaks = {(lk.page, lk.data_type, lk.site) for lk in result.leaks if lk.phase == "accept"}
    assert (START + "a-slow.html", "email", "replay-vendor.test") in leaks, leaks
    beacons = [r for r in result.requests if r.host == "rec.replay-vendor.test"]
    assert {r.page for r in beacons} == {START, START + "a-slow.html"}
    assert all(r.beacon_kind == "sendBeacon" for r in beacons)


def test_a_request_in_flight_holds_the_wait_past_its_cap_and_is_counted_when_cut() -> None:
    async def run() -> tuple[float, int, float, int]:
        net = NetworkQuiet()
        net.last -= 5
        net.began("slow-tag", "script")  # asked for before the cap, answered 0.6 s later
        asyncio.get_running_loop().call_later(0.6, net.ended, "slow-tag")
        held = await net.settle(0.2, since_load_s=1.0, busy_s=2.0)
        first = net.cut_short
        net.began("hung", "fetch")  # never answered: the longer bound ends the wait, and says so
        cut = await net.settle(0.2, since_load_s=1.0, busy_s=0.5)
        return held, first, cut, net.cut_short

    held, first, cut, open_at_bound = asyncio.run(run())
    assert 0.6 <= held < 1.2 and first == 0
    assert 0.49 <= cut < 0.7 and open_at_bound == 1


def test_a_request_made_by_what_just_ran_reopens_the_wait() -> None:
    async def run() -> tuple[float, int]:
        net = NetworkQuiet()
        net.last -= 5
        calls = 0

        async def probe() -> None:  # the first turn of the page's loop runs a script that sends a beacon
            nonlocal calls
            calls += 1
            if calls == 1:
                net.began("beacon", "ping")
                asyncio.get_running_loop().call_later(0.2, net.ended, "beacon")

        waited = await net.settle(0.1, since_load_s=1.0, probe=probe)
        return waited, calls

    waited, calls = asyncio.run(run())
    assert calls == 2 and 0.2 <= waited < 0.8


def test_a_leak_keeps_its_identity_whatever_its_place_in_a_batch() -> None:
    assert _unindexed("events[4].value") == _unindexed("events[1].value") == "events[].value"
    assert _unindexed("ud[em]") == "ud[em]" and _unindexed(None) is None
