"""The HTML report in real Chromium (one browser for the module): it renders offline with no console
errors, gate status comes first, search, status filter and sort work, and hostile site strings (script
tags, quotes, event handlers, javascript: URLs) stay inert text."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from report_samples import HOSTILE, HOSTILE_URL, sample_result

from reports.formats.html import HtmlFormat
from scanner.crawl.browser import chromium_args, find_chromium
from scanner.model import ScanResult

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=find_chromium(), args=chromium_args())
        yield b
        b.close()


@pytest.fixture(scope="module")
def sample() -> ScanResult:
    return sample_result()


@pytest.fixture()
def page(browser: Any, sample: ScanResult, tmp_path: Path) -> Iterator[Any]:
    path = tmp_path / "report.html"
    path.write_bytes(HtmlFormat().render(sample))
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    problems: list[str] = []
    outside: list[str] = []
    pg.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pg.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on("request", lambda r: outside.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
    pg.goto(path.as_uri())
    assert pg.locator("html[data-ready='1']").count() == 1  # the report's script ran under its own CSP
    pg.problems, pg.outside = problems, outside
    yield pg
    assert not pg.problems, pg.problems
    assert not pg.outside, f"the report fetched from outside: {pg.outside}"
    context.close()


def visible_statuses(page: Any) -> list[str]:
    return page.eval_on_selector_all("#verdicts tbody tr:not([hidden])", "rows => rows.map(r => r.dataset.status)")


def test_renders_gate_first_and_every_section(page: Any, sample: ScanResult) -> None:
    assert page.locator("#gate-status").inner_text().startswith("Gate FAILED")
    first_h2 = page.eval_on_selector("h2", "h => h.id")
    assert first_h2 == "gate-status"
    for section in ("practice", "third-parties", "consent", "cookies", "storage", "fingerprinting", "beacons", "leaks", "forms",
                    "code", "transport", "pages", "errors"):
        assert page.locator(f"section#{section} h2").is_visible()
    assert page.locator("#verdicts tbody tr").count() == len(sample.verdicts)
    assert page.locator("#third-parties svg .bar rect").count() == 6  # categories incl. unknown
    # the claim's own words sit beside its verdict
    row = page.locator("#verdict-V001")
    assert "We never store your full credit card number." in row.inner_text() and "contradicted" in row.inner_text()
    assert page.locator("#verdict-V001 .evidence a[href='#code_findings-0']").count() == 1
    # a judgement another rule outweighed is named beside the verdict
    assert "also judged: trackers-after-reject consistent (0 records)" in page.locator("#verdict-V003 .also").inner_text()
    # storage and fingerprinting records have rows, and the fingerprinting verdict links to its record
    assert page.locator("#storage tbody tr").count() == 2 and page.locator("#fingerprinting tbody tr").count() == 2
    assert "64 font families measured" in (page.locator("#fingerprinting-1").text_content() or "")
    assert page.locator("a[href='#fingerprinting-1']").count() >= 1
    # a finding another file makes safe is shown apart, with the declaration that exempts it
    assert "app/models/payment.rb:3" in (page.locator("#code-exemptions").text_content() or "")
    # consent phases side by side, with outcomes per phase
    assert page.locator("#consent thead th.phase").count() == 4


def test_search_and_status_filter(page: Any, sample: ScanResult) -> None:
    from playwright.sync_api import expect

    total = str(len(sample.verdicts))
    counter = page.locator(".count[data-count-for=verdicts] .shown")
    page.fill("#search", "hotjar")
    expect(counter).not_to_have_text(total)
    shown = page.locator("#verdicts tbody tr:not([hidden])")
    assert 0 < shown.count() < len(sample.verdicts) and all("hotjar" in t.lower() for t in shown.all_inner_texts())
    assert page.locator("[data-table=cookies] tbody tr:not([hidden])").count() == 1  # _hjSession
    page.fill("#search", "")
    expect(counter).to_have_text(total)
    page.uncheck("#status-filter input[value=consistent]")
    page.uncheck("#status-filter input[value=undisclosed]")
    assert set(visible_statuses(page)) == {"contradicted", "manual"}
    page.check("#failing-only")
    assert visible_statuses(page) == ["contradicted"] * 3


def test_sort_by_column(page: Any) -> None:
    header = page.locator("#verdicts thead th").first
    header.click()
    ids = page.eval_on_selector_all("#verdicts tbody tr", "rows => rows.map(r => r.cells[0].textContent)")
    assert ids == sorted(ids)
    header.click()
    again = page.eval_on_selector_all("#verdicts tbody tr", "rows => rows.map(r => r.cells[0].textContent)")
    assert again == sorted(ids, reverse=True)
    page.locator("[data-table=third_parties] thead th", has_text="Requests").click()
    assert page.locator("[data-table=third_parties] thead th[aria-sort=ascending]").count() == 1


def test_hostile_strings_stay_inert(page: Any) -> None:
    # exactly our one script, no injected images/SVG handlers, every link http(s) or in-page
    assert page.locator("script").count() == 1
    assert page.locator("img").count() == 0
    assert page.eval_on_selector_all("[onerror], [onload], [onclick]", "els => els.length") == 0
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(a => a.getAttribute('href'))")
    assert hrefs and all(h.startswith(("http://", "https://", "#")) for h in hrefs), hrefs
    body = page.locator("body").inner_text()
    assert HOSTILE in body or HOSTILE.replace("\"", "\u201d") in body
    assert HOSTILE_URL[:30] in body  # shown as text
    # the javascript: URL is not a link
    assert page.eval_on_selector_all("a", "els => els.filter(a => a.protocol === 'javascript:').length") == 0
    page.locator("#pages .nolink").first.click()
    assert page.url.startswith("file:")


def test_prints(page: Any) -> None:
    page.emulate_media(media="print")
    assert not page.locator("#controls").is_visible()
    assert page.pdf(format="A4")[:4] == b"%PDF"


def test_big_tables_are_capped(browser: Any, sample: ScanResult, tmp_path: Path) -> None:
    many = dataclasses.replace(sample, cookies=sample.cookies * 400)  # 1,600 cookies
    path = tmp_path / "big.html"
    path.write_bytes(HtmlFormat().render(many))
    pg = browser.new_page()
    pg.goto(path.as_uri())
    assert pg.locator("[data-table=cookies] tbody tr").count() == 500
    assert "1100 more in result.json" in pg.locator("#cookies .count").text_content()
    pg.close()
