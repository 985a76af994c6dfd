"""Report engine benchmark: a generated 500-page scan (about 20,000 requests, 2,000 cookies, 300 code
findings, 80 claims) through verdicts, gate and every format; prints the time of each step, the size of
each report and how long the HTML report takes to open in Chromium (targets: < 5 MB, < 2 s).

    .venv/bin/python benchmarks/report.py [--pages 500] [--keep DIR]
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import tempfile
import time
from pathlib import Path

from reports.formats import NAMES, get_format
from reports.gate import apply_gate
from reports.verdicts import evaluate
from scanner.config import GateConfig
from scanner.model import (
    Claim,
    CodeFinding,
    ConsentOutcome,
    Cookie,
    Form,
    FormField,
    Leak,
    Page,
    Request,
    ScanResult,
    StorageItem,
    ThirdParty,
    Tracker,
    Transport,
)

CATEGORIES = ("advertising", "analytics", "session_replay", "social", "tag_manager", "cdn", "fonts", "payments", "support", "other")
CLAIM_TYPES = ("collects", "uses_cookies", "uses_web_beacons", "third_party_advertising", "third_party_analytics",
               "shares_personal_data", "sells_personal_data", "stores_full_card_number", "stores_card_security_code",
               "stores_partial_card", "encrypts_in_transit", "links_ip_to_identity", "retention", "collects_from_children",
               "honors_do_not_track", "consent_for_tracking", "security_measures")
CODE = ("pii_logging", "card_number_storage", "card_security_code_storage", "card_data_logging", "pii_to_third_party",
        "insecure_transport", "card_number_literal")


def generate(pages: int, seed: int = 7) -> ScanResult:
    rnd = random.Random(seed)
    sites = [f"vendor{i}.example" for i in range(80)]
    owners = {s: (f"Vendor {i // 2} Inc.", CATEGORIES[i % len(CATEGORIES)]) for i, s in enumerate(sites)}
    page_urls = [f"https://shop.example/p/{i}/item-{rnd.randrange(10**6)}" for i in range(pages)]
    phases = ("initial", "accept", "reject", "gpc")
    requests = []
    for n, url in enumerate(page_urls):
        for phase in phases if n < 50 else ("initial",):
            for _ in range(30):
                site = rnd.choice(sites)
                org, cat = owners[site]
                tracker = Tracker(org, cat) if cat not in ("cdn", "fonts", "other") else None
                requests.append(Request(f"https://cdn.{site}/t/{rnd.randrange(10**9)}.js?ref={url}", "GET", f"cdn.{site}", site,
                                        "third", "script", tracker, rnd.random() < 0.1, phase, page=url))
    cookies = []
    for i in range(2000):
        site = rnd.choice([*sites[:20], "shop.example"])
        party = "first" if site == "shop.example" else "third"
        org, cat = owners.get(site, (None, None))
        cookies.append(Cookie(f"c{i % 500}_{rnd.randrange(1000)}", f".{site}", party, True, False, "Lax", "2026-01-01T00:00:00+00:00",
                              rnd.choice(phases), site=site, tracker=Tracker(org, cat) if cat else None))
    claims = tuple(Claim(f"c{i}", CLAIM_TYPES[i % len(CLAIM_TYPES)], rnd.choice(("affirm", "deny")),
                         rnd.choice(("definite", "possible", "conditional")),
                         f"Policy sentence number {i} about {CLAIM_TYPES[i % len(CLAIM_TYPES)].replace('_', ' ')}, with some words.",
                         i * 120, i * 120 + 80, recipients=rnd.choice(((), ("advertisers",), ("third_parties",))))
                   for i in range(80))
    result = ScanResult(
        tool={"name": "compliance-scanner", "version": "bench"}, target={"url": "https://shop.example/", "policy": "policy.md"},
        stages=("crawl", "code", "policy"), phases=phases,
        consent=tuple(ConsentOutcome(p, "generic", True) for p in phases[1:]),
        pages=tuple(Page(u, 200, title=f"Item {i}") for i, u in enumerate(page_urls)),
        cookies=tuple(cookies), requests=tuple(requests),
        third_parties=tuple(ThirdParty(s, *owners[s], requests=sum(1 for r in requests if r.site == s)) for s in sites),
        leaks=tuple(Leak(rnd.choice(("email", "phone", "name")), "sha256", s, f"https://cdn.{s}/e?h=abc", rnd.choice(phases))
                    for s in rnd.sample(sites, 40) for _ in range(5)),
        storage=tuple(StorageItem("local", f"k{i}", "https://shop.example", rnd.choice(phases)) for i in range(500)),
        forms=tuple(Form(u, u + "/submit", "post", (FormField("email", "email", "email"), FormField("q", "text")))
                    for u in page_urls[:300]),
        transport=(Transport("https://shop.example", True, True, 31536000, mixed_content=("http://img.example/a.png",)),),
        code_findings=tuple(CodeFinding(f"rule.{CODE[i % len(CODE)]}", CODE[i % len(CODE)], f"src/module{i // 10}.py", 10 + i,
                                        "high", f"log.info(user.email)  # {i}") for i in range(300)),
        claims=claims,
    )
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--keep", type=Path, default=None, help="write the reports here")
    args = parser.parse_args()
    t0 = time.perf_counter()
    result = generate(args.pages)
    t1 = time.perf_counter()
    verdicts = evaluate(result)
    t2 = time.perf_counter()
    result = dataclasses.replace(result, verdicts=verdicts)
    result = dataclasses.replace(result, gate=apply_gate(result, GateConfig()))
    print(f"scan: {len(result.pages)} pages, {len(result.requests)} requests, {len(result.cookies)} cookies, "
          f"{len(result.code_findings)} code findings, {len(result.claims)} claims (generated in {t1 - t0:.2f} s)")
    print(f"verdicts: {len(verdicts)} in {t2 - t1:.2f} s")
    out = args.keep or Path(tempfile.mkdtemp(prefix="report-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    for name in NAMES:
        fmt = get_format(name)
        start = time.perf_counter()
        data = fmt.render(result)
        elapsed = time.perf_counter() - start
        (out / fmt.filename).write_bytes(data)
        print(f"{name:<9} {len(data) / 1e6:6.2f} MB  rendered in {elapsed:.2f} s")
    html = out / "report.html"
    from playwright.sync_api import sync_playwright

    from scanner.crawl.browser import chromium_args, find_chromium

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=find_chromium(), args=chromium_args())
        page = browser.new_page()
        page.goto("about:blank")
        timings = []
        for _ in range(3):
            start = time.perf_counter()
            page.goto(html.as_uri(), wait_until="load")
            page.locator("html[data-ready='1']").wait_for(state="attached")
            timings.append(time.perf_counter() - start)
        start = time.perf_counter()
        page.fill("#search", "vendor7")
        page.locator(".count[data-count-for=verdicts] .shown").filter(has_not_text=str(len(verdicts))).wait_for()
        search = time.perf_counter() - start
        browser.close()
    print(f"html open in Chromium: {min(timings):.2f} s best, {max(timings):.2f} s worst of 3 (load + script ready); "
          f"search across all tables: {search:.2f} s")
    print(f"reports in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
