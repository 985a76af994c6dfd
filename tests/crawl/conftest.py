"""Crawler fixtures: the rich fixture site (tests/sites/crawl) on the loopback host, and one crawl of it with
all four phases shared by every assertion that needs it, so the browser runs once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from scanner.config import SiteConfig
from scanner.crawl import crawl_site
from scanner.model import ScanResult
from scanner.sitehost import SiteHost

SITES = Path(__file__).resolve().parent.parent / "sites"
START = "https://www.acme-shop.test/"


@pytest.fixture(scope="session")
def acme_host() -> Iterator[SiteHost]:
    with SiteHost(SITES / "crawl") as host:
        yield host


def acme_config(host: SiteHost, **overrides: object) -> SiteConfig:
    values: dict[str, object] = {"url": START, "resolve": host.resolve, "insecure": True, "wait_after_load_ms": 300,
                                 "page_timeout_s": 4, "max_per_pattern": 4, "phase_max_pages": 3, "concurrency": 4}
    values.update(overrides)
    return SiteConfig.model_validate(values)


@pytest.fixture(scope="session")
def acme_crawl(acme_host: SiteHost, tmp_path_factory: pytest.TempPathFactory) -> tuple[ScanResult, Path]:
    out = tmp_path_factory.mktemp("acme-crawl")
    return crawl_site(acme_config(acme_host), out, None), out
