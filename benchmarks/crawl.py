"""Crawl benchmark: a generated 200-page shop with the third parties real shops carry (Google Analytics and
Tag Manager, the Meta pixel, DoubleClick, Hotjar, Google Fonts, cdnjs, a YouTube embed, Stripe on checkout
pages), served by the loopback site host and crawled through crawl_site exactly as the CLI does. Prints pages
per minute and the peak memory of the whole process tree (this process, the crawl worker, Playwright's
driver and every Chromium process), sampled every 0.25 s: the sum of PSS, which counts a page shared by
several processes once (the honest total: Chromium's processes share most of their code), and beside it the
sum of RSS, which counts shared pages once per process and so overstates a many-process browser.
Usage: python benchmarks/crawl.py [--pages 200] [--concurrency N (default: the site default)] [--phases all|initial]
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import threading
import time
from pathlib import Path

from scanner.config import SiteConfig
from scanner.crawl import crawl_site
from scanner.sitehost import SiteHost

HOST = "www.bench-shop.test"
HEAD = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">
<link rel="stylesheet" href="/static/site.css">
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-BENCH"></script>
<script async src="https://www.google-analytics.com/analytics.js"></script>
<script async src="https://connect.facebook.net/en_US/fbevents.js"></script>
<script async src="https://static.hotjar.com/c/hotjar-42.js"></script>
<script src="https://cdnjs.cloudflare.com/ajax/libs/lib/1.0/lib.min.js"></script>
{extra}</head><body><header><a href="/">Bench Shop</a> <a href="/p/item-b.html">Catalogue</a></header><main><h1>{title}</h1>
"""
TEXT = "<p>" + "Quality goods at fair prices, shipped within two working days to most addresses. " * 12 + "</p>\n"


def slug(i: int) -> str:
    """Product-style names without digits, so the trap guard (which folds numbers) sees distinct pages."""
    letters = ""
    while True:
        letters = "abcdefghijklmnopqrstuvwxyz"[i % 26] + letters
        i //= 26
        if not i:
            return "item-" + letters


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def generate(root: Path, pages: int) -> None:
    site = root / HOST
    for i in range(pages):
        links = "".join(f'<a href="/p/{slug(j)}.html">Item {j}</a> ' for j in range(i * 4 + 1, i * 4 + 5) if j < pages)
        extra = '<script src="https://js.stripe.com/v3/"></script>\n' if i % 10 == 0 else ""
        body = HEAD.format(title=f"Item {i}", extra=extra) + TEXT * 3 + f"<nav>{links}</nav>"
        body += '<img src="/static/p.png" alt=""><img src="https://ad.doubleclick.net/pixel?ord=1" width="1" height="1" alt="">'
        if i % 7 == 0:
            body += '<iframe src="https://www.youtube.com/embed/bench" width="320" height="180"></iframe>'
        if i % 10 == 0:
            body += '<form action="/subscribe" method="post"><input type="email" name="email"><button>Go</button></form>'
        _write(site / ("index.html" if i == 0 else f"p/{slug(i)}.html"), body + "</main></body></html>")
    _write(site / "static" / "site.css", "body{font-family:Inter,sans-serif;max-width:60em;margin:auto}")
    (site / "static" / "p.png").write_bytes(bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                                                          "1f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4d40000000049454e44ae426082"))
    _write(site / "robots.txt", "User-agent: *\nAllow: /\n")
    _write(root / "www.google-analytics.com" / "analytics.js",
           "document.cookie='_ga=GA1.1.'+Date.now()+'; path=/; max-age=63072000';"
           "navigator.sendBeacon('https://www.google-analytics.com/g/collect?v=2&tid=G-BENCH&en=page_view&dl='+encodeURIComponent(location.href));")
    _write(root / "www.googletagmanager.com" / "gtm.js", "window.dataLayer=window.dataLayer||[];dataLayer.push({event:'gtm.js'});")
    _write(root / "connect.facebook.net" / "en_US" / "fbevents.js",
           "new Image().src='https://www.facebook.com/tr?id=1&ev=PageView&dl='+encodeURIComponent(location.href);")
    _write(root / "www.facebook.com" / "_routes.toml", '[[route]]\npath = "/tr"\npixel = true\n')
    _write(root / "ad.doubleclick.net" / "_routes.toml",
           '[[route]]\npath = "/pixel"\npixel = true\nset_cookie = ["IDE=x; Domain=doubleclick.net; Secure; SameSite=None"]\n')
    _write(root / "static.hotjar.com" / "c" / "hotjar-42.js", "sessionStorage.setItem('_hjSession_42','1');")
    _write(root / "fonts.googleapis.com" / "_routes.toml", '[[route]]\npath = "/css2"\ncontent_type = "text/css"\nbody = "a{}"\n')
    _write(root / "cdnjs.cloudflare.com" / "ajax" / "libs" / "lib" / "1.0" / "lib.min.js", "window.lib={};" * 200)
    _write(root / "js.stripe.com" / "v3" / "index.html", "window.Stripe=function(){};")
    _write(root / "www.youtube.com" / "embed" / "bench" / "index.html",
           "<!doctype html><title>video</title><script>localStorage.setItem('yt-player','1')</script>")


def _tree_memory(root_pid: int) -> tuple[int, int]:
    """(sum of RSS, sum of PSS) in bytes over root_pid and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    rss = pss = 0
    stack = [root_pid]
    while stack:
        pid = stack.pop()
        stack += children.get(pid, [])
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1]) * 1024
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
        except OSError:
            continue
    return rss, pss


def run(pages: int, phases: list[str], concurrency: int, root: Path) -> None:
    peak = [0, 0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            rss, pss = _tree_memory(os.getpid())
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            time.sleep(0.25)

    with SiteHost(root) as host, tempfile.TemporaryDirectory() as out_tmp:
        out = os.environ.get("BENCH_OUT") or out_tmp
        site = SiteConfig(url=f"https://{HOST}/", resolve=host.resolve, insecure=True, max_pages=pages, max_depth=10,
                          phases=phases, concurrency=concurrency, har=os.environ.get("BENCH_HAR", "1") == "1")  # type: ignore[arg-type]
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        started = time.monotonic()
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        result = crawl_site(site, Path(out), None)
        elapsed = time.monotonic() - started
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
        done.set()
        sampler.join()
    visits = len(result.pages)
    print(f"phases={','.join(phases)} concurrency={concurrency}: {visits} page visits "
          f"({sum(1 for p in result.pages if p.phase == 'initial')} crawled) in {elapsed:.1f} s "
          f"= {visits / elapsed * 60:.0f} pages/min; {len(result.requests)} requests, {len(result.cookies)} cookies, "
          f"{len(result.third_parties)} third parties, {len(result.errors)} errors; "
          f"peak memory: PSS sum {peak[1] / 2**20:.0f} MiB (shared pages once), RSS sum {peak[0] / 2**20:.0f} MiB; "
          f"crawler CPU {cpu:.0f} s ({cpu / elapsed:.2f} cores), load average {os.getloadavg()[0]:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=SiteConfig.model_fields["concurrency"].default)
    parser.add_argument("--phases", choices=("all", "initial", "both"), default="both")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        generate(root, args.pages)
        if args.phases in ("initial", "both"):
            run(args.pages, ["initial"], args.concurrency, root)
        if args.phases in ("all", "both"):
            run(args.pages, ["initial", "accept", "reject", "gpc"], args.concurrency, root)


if __name__ == "__main__":
    main()
