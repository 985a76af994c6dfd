"""Requests Scrapy drops before they are fetched are logged with the real reason, taken from the IgnoreRequest
that Scrapy's own middlewares raise (robots.txt, offsite, too many redirects); only a start page that
robots.txt forbids points to --ignore-robots."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, ClassVar

import pytest
import scrapy
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.robotstxt import ProtegoRobotParser
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from scanner.config import SiteConfig
from scanner.crawl.parties import Parties
from scanner.crawl.spider import SiteSpider
from scanner.crawl.state import CrawlState
from scanner.crawl.vendors import Attributor

START = "https://www.skip-shop.test/"


class _Fenced(scrapy.Spider):
    name = "fenced"
    allowed_domains: ClassVar[list[str]] = ["skip-shop.test"]


def _failure(raise_it: Any, request: scrapy.Request) -> Failure:
    try:
        raise_it()
    except IgnoreRequest:
        failure = Failure()  # type: ignore[no-untyped-call]
    else:
        pytest.fail("the middleware let the request through")
    failure.request = request  # type: ignore[attr-defined]  # as Scrapy's errback receives it
    return failure


def _robots(request: scrapy.Request) -> Failure:
    crawler = get_crawler(_Fenced, {"ROBOTSTXT_OBEY": True})
    mw = RobotsTxtMiddleware.from_crawler(crawler)
    parser = ProtegoRobotParser.from_crawler(crawler, b"User-agent: *\nDisallow: /private/\nDisallow: /$\n")
    return _failure(lambda: mw.process_request_2(parser, request), request)


def _offsite(request: scrapy.Request) -> Failure:
    crawler = get_crawler(_Fenced)
    crawler.spider = spider = _Fenced()
    mw = OffsiteMiddleware.from_crawler(crawler)
    mw.spider_opened(spider)
    # page requests skip Scrapy's duplicate and offsite filters (dont_filter): the crawler scopes them itself
    return _failure(lambda: mw.process_request(request.replace(dont_filter=False)), request)


def _redirects(request: scrapy.Request) -> Failure:
    crawler = get_crawler(_Fenced, {"REDIRECT_MAX_TIMES": 1})
    crawler.spider = _Fenced()
    mw = RedirectMiddleware.from_crawler(crawler)
    hop = Response(request.url, status=302, headers={"Location": request.url + "?again"})
    request.meta["redirect_times"] = 1
    return _failure(lambda: mw.process_response(request, hop), request)


def _run(spider: SiteSpider, failure: Failure) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    spider.emit = events.append

    async def drain() -> list[Any]:
        return [item async for item in spider.page_failed(failure)]

    assert asyncio.run(drain()) == []
    return events


def _spider(tmp_path: Path) -> SiteSpider:
    site = SiteConfig(url=START, phases=["initial"])
    state = CrawlState(site, Parties.for_site(START, []), Attributor())
    return SiteSpider(state, lambda _e: None, tmp_path, tmp_path)


@pytest.mark.parametrize(("make", "path", "reason"), [
    (_robots, "private/a.html", "robots.txt"),
    (_offsite, "https://cdn.elsewhere.test/x.html", "offsite"),
    (_redirects, "loop.html", "too many redirects"),
])
def test_a_dropped_page_is_logged_with_its_reason(tmp_path: Path, make: Any, path: str, reason: str) -> None:
    spider = _spider(tmp_path)
    url = path if path.startswith("https://") else START + path
    request = spider.page_request(url, "initial", depth=1)
    scheduled = spider.scheduled
    events = _run(spider, make(request))
    assert events == [{"t": "log", "message": f"skipped ({reason}): {url}"}]
    assert spider.scheduled == scheduled - 1


def test_a_start_page_forbidden_by_robots_is_fatal_with_the_switch_named(tmp_path: Path) -> None:
    spider = _spider(tmp_path)
    request = spider.page_request(START, "initial", depth=0, first=True)
    events = _run(spider, _robots(request))
    assert events[0] == {"t": "log", "message": f"skipped (robots.txt): {START}"}
    assert events[1]["t"] == "fatal" and "--ignore-robots" in events[1]["message"]


def test_a_start_page_dropped_otherwise_says_why_without_blaming_robots(tmp_path: Path) -> None:
    spider = _spider(tmp_path)
    request = spider.page_request(START, "initial", depth=0, first=True)
    events = _run(spider, _redirects(request))
    assert events[1] == {"t": "fatal", "message": f"{START}: the start page was not fetched (too many redirects)"}
