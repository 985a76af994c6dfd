"""Shared fixtures: the loopback site host over the fixture sites, and a clean environment for semgrep."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from scanner.sitehost import SiteHost

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent

os.environ.setdefault("SEMGREP_ENABLE_VERSION_CHECK", "0")
os.environ.setdefault("SEMGREP_SEND_METRICS", "off")


@pytest.fixture(scope="session")
def thin_site() -> Iterator[SiteHost]:
    """The foundation's small shop: one first party and two third parties, over HTTP and HTTPS."""
    with SiteHost(TESTS / "sites" / "thin") as host:
        yield host
