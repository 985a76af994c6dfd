"""Leak matching and consent automation figures: how many needles one scan's canaries make, how long they
take to compile, how fast a realistic mix of third-party requests is searched, and how long `apply_choice`
takes on a page with a known CMP, a custom banner and no banner at all (real Chromium, loopback fixtures).
Prints figures; asserts nothing."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from scanner.config import ConsentConfig  # noqa: E402
from scanner.crawl import leaks  # noqa: E402
from scanner.crawl.browser import chromium_args, find_chromium  # noqa: E402
from scanner.crawl.consent import apply_choice  # noqa: E402
from scanner.sitehost import SiteHost  # noqa: E402


def requests(canaries: leaks.Canaries, n: int) -> list[tuple[str, str, dict[str, str], bytes | None]]:
    rng = random.Random(7)
    email_hash = hashlib.sha256(canaries.email.encode()).hexdigest()
    out: list[tuple[str, str, dict[str, str], bytes | None]] = []
    headers = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0 Safari/537.36", "Accept": "*/*",
               "Referer": "https://shop.test/products/123?ref=home", "Cookie": "_ga=GA1.1.123456.789; _fbp=fb.1.2.3"}
    for i in range(n):
        kind = i % 4
        if kind == 0:
            url = (f"https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC&cid={rng.random()}&en=page_view"
                   f"&dl={quote('https://shop.test/p/' + str(i))}&dt=Product%20{i}&sid={rng.randint(1, 10**9)}")
            out.append((url, "POST", headers, b"en=scroll&epn.percent_scrolled=90\nen=user_engagement&_et=1234"))
        elif kind == 1:
            ud = f"&ud[em]={email_hash}" if i % 40 == 1 else ""
            out.append((f"https://www.facebook.com/tr/?id=1234&ev=PageView&dl=https%3A%2F%2Fshop.test%2F{ud}", "GET", headers, None))
        elif kind == 2:
            blob = base64.b64encode(json.dumps({"event": "view", "props": {"i": i, "r": rng.random()}}).encode()).decode()
            out.append((f"https://api-js.mixpanel.com/track/?data={quote(blob)}", "GET", headers, None))
        else:
            body = json.dumps({"events": [{"t": rng.random(), "x": "a" * rng.randint(100, 4000)}]}).encode()
            out.append(("https://in.hotjar.com/api/v2/client/sites/1/visit-data", "POST", headers, body))
    return out


def matching() -> None:
    start = time.perf_counter()
    canaries = leaks.make_canaries("bench-2024")
    count = leaks.needle_count(canaries)
    compile_s = time.perf_counter() - start
    batch = requests(canaries, 4000)
    size = sum(len(u) + len(b or b"") for u, _, _, b in batch)
    start = time.perf_counter()
    found = sum(len(leaks.find_leaks(u, m, h, b, canaries)) for u, m, h, b in batch)
    elapsed = time.perf_counter() - start
    print(f"needles per scan: {count}; built and compiled in {compile_s:.2f} s")
    print(f"matched {len(batch)} requests ({size / 1e6:.1f} MB of URLs and bodies) in {elapsed:.2f} s: "
          f"{len(batch) / elapsed:,.0f} requests/s, {elapsed / len(batch) * 1e3:.3f} ms each; {found} leaks found")


async def consent_timing(runs: int = 3) -> None:
    from playwright.async_api import async_playwright

    with SiteHost(REPO / "tests" / "sites" / "consent") as host:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=find_chromium(), args=chromium_args(host.resolve))
            for label, url, choice in (("known CMP (autoconsent)", "https://cookiescript.test/", "reject"),
                                       ("custom banner (generic)", "https://custom.test/", "reject"),
                                       ("banner in iframe (generic)", "https://iframe.test/", "accept"),
                                       ("no banner", "https://nobanner.test/", "reject")):
                times, performed = [], []
                for _ in range(runs):
                    context = await browser.new_context(ignore_https_errors=True)
                    page = await context.new_page()
                    await page.goto(url, wait_until="load")
                    start = time.perf_counter()
                    outcome = await apply_choice(page, choice, ConsentConfig())  # type: ignore[arg-type]
                    times.append(time.perf_counter() - start)
                    performed.append(outcome.performed)
                    await context.close()
                print(f"apply_choice, {label}: median {statistics.median(times):.2f} s, max {max(times):.2f} s, "
                      f"performed {sum(performed)}/{runs}")
            await browser.close()


if __name__ == "__main__":
    matching()
    asyncio.run(consent_timing())
