"""Fetching a policy over HTTP through the crawler's Chromium, so policies rendered by script are read as a
visitor sees them, and finding the policy on a site when scan.toml names only the site: the start page's
links are scored by their text and URL against privacy words in the major EU languages. Playwright's sync
API runs in a worker thread because the pipeline may already own an asyncio loop (the crawler's reactor).
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin, urlparse

from scanner.config import SiteConfig
from scanner.errors import ConfigError, ScanFailure
from scanner.policy.text import MAX_BYTES, InputError, check_language, html_to_text

TIMEOUT_MS = 30_000
# (pattern, weight) over a link's text and URL; the highest total wins, ties go to the earlier link
LINK_WORDS: tuple[tuple[str, int], ...] = (
    (r"privacy[ -]?(?:policy|notice|statement)|privacy", 10),
    (r"data[ -]?protection|datenschutz(?:erkl[äa]rung)?", 9),
    (r"confidentialit[ée]|donn[ée]es personnelles|vie priv[ée]e", 8),
    (r"privacidad|protecci[óo]n de datos", 8),
    (r"riservatezza|informativa(?: sulla)? privacy", 8),
    (r"privacybeleid|privacyverklaring|gegevensbescherming", 8),
    (r"privacidade|proteç[ãa]o de dados", 8),
    (r"prywatno[śs]ci|ochrona danych", 8),
    (r"integritetspolicy|personuppgifter", 8),
    (r"cookie[ -]?(?:policy|notice|richtlinie|beleid)|politique (?:de|des) cookies|pol[íi]tica de cookies", 4),
    (r"terms|conditions|agb|cgv|impressum|imprint", -6),
)


def _score(text: str, href: str) -> int:
    blob = f"{text} {urlparse(href).path}".lower()
    return sum(weight for pattern, weight in LINK_WORDS if re.search(pattern, blob))


def pick_policy_link(links: list[dict[str, str]], base: str) -> str | None:
    """The most policy-like same-site or external link, or None when nothing looks like a policy."""
    best, best_score = None, 0
    for link in links:
        href = link.get("href") or ""
        if not href or href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        score = _score(" ".join(link.get(k) or "" for k in ("text", "title", "aria")), href)
        if score > best_score:
            best, best_score = urljoin(base, href), score
    return best


_LINKS_JS = """() => Array.from(document.querySelectorAll('a[href]')).map(a => ({
  href: a.getAttribute('href'), text: (a.innerText || a.textContent || '').trim().slice(0, 200),
  title: a.getAttribute('title') || '', aria: a.getAttribute('aria-label') || ''}))"""


def _run(url: str | None, site: SiteConfig | None, say: Callable[[str], None]) -> tuple[str, str]:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    from scanner.crawl.browser import chromium_args, find_chromium

    executable = find_chromium(site.browser if site else None)
    target = url or (site.url if site else "")
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=executable, args=chromium_args(site.resolve if site else ()), headless=True)
            try:
                context = browser.new_context(ignore_https_errors=bool(site and site.insecure))
                page = context.new_page()
                if url is None and site is not None:
                    say(f"policy: looking for the privacy policy link on {site.url}")
                    _goto(page, site.url)
                    links: list[dict[str, str]] = page.evaluate(_LINKS_JS)
                    found = pick_policy_link(links, page.url)
                    if found is None:
                        raise ScanFailure(f"policy: no privacy policy link found on {site.url}; set policy.url or policy.path")
                    target = found
                say(f"policy: fetching {target}")
                response = _goto(page, target)
                kind = (response.headers.get("content-type", "") if response else "").lower()
                if "text/plain" in kind and response is not None:
                    return target, response.text()
                return target, page.content()
            finally:
                browser.close()
    except PlaywrightError as exc:
        raise ScanFailure(f"policy: cannot fetch {target}: {str(exc).splitlines()[0]}") from None


def _goto(page: Any, url: str) -> Any:
    response = page.goto(url, wait_until="load", timeout=TIMEOUT_MS)
    if response is not None and response.status >= 400:
        raise ScanFailure(f"policy: {url} answered HTTP {response.status}")
    # script-rendered policies: give the page a moment to settle; a page that never goes idle is still readable
    with contextlib.suppress(Exception):
        page.wait_for_load_state("networkidle", timeout=5_000)
    return response


def fetch_policy(url: str | None, site: SiteConfig | None, say: Callable[[str], None]) -> tuple[str, str]:
    """(final URL, clean text) of the policy at `url`, or of the one linked from `site.url`."""
    if url is not None and not re.match(r"^https?://[^/\s]+", url):
        raise ConfigError(f"policy.url: must be an http:// or https:// URL, got {url!r}")
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["value"] = _run(url, site, say)
        except BaseException as exc:  # handed to the calling thread, which raises it there
            box["error"] = exc

    thread = threading.Thread(target=work, name="policy-fetch", daemon=True)
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    where, body = box["value"]
    if len(body) > MAX_BYTES:
        raise InputError(f"policy: {where}: {len(body) / 1e6:.1f} MB is too large for a privacy policy")
    text = body if "<" not in body[:1000] else html_to_text(body, where)
    check_language(text, where)
    return where, text
