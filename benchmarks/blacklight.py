"""Side by side with The Markup's Blacklight: both tools visit the same realistic fixture site
(tests/sites/blacklight: a shop over HTTPS with a self-signed certificate, GA4 with Google signals, the Meta,
TikTok and X pixels, a DoubleClick floodlight, a session recorder that ships what is typed, a canvas and
DOM-font fingerprinting agent, a canvas-font fingerprinting agent, plus look-alike scripts that must not be
flagged), every third party played on loopback under its real name. Blacklight's collector
(@themarkup/blacklight-collector, pinned in benchmarks/blacklight/package.json) is installed on demand with
npm into benchmarks/blacklight/node_modules (git-ignored) and driven by benchmarks/blacklight/run.js with
Debian's Chromium; our crawler runs through scanner.crawl with the same host map. For each Blacklight
category the script prints what Blacklight found, what we found and what Blacklight found that we missed,
then wall and CPU time of each tool. `--site acme` runs the crawler's own test shop (tests/sites/crawl)
instead; `--lists` gives our crawler the EasyList/EasyPrivacy copies Blacklight ships. Exit 1 when we missed
anything Blacklight found (its findings on the fixture's known look-alikes are shown as false positives and
not counted), 2 when Blacklight cannot be installed.

    .venv/bin/python benchmarks/blacklight.py [--site northwind|acme] [--lists] [--pages N] [--json OUT]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scanner.config import SiteConfig  # noqa: E402
from scanner.crawl import crawl_site  # noqa: E402
from scanner.crawl.browser import make_profile  # noqa: E402
from scanner.crawl.parties import registrable_domain  # noqa: E402
from scanner.crawl.vendors import TRACKING  # noqa: E402
from scanner.model import ScanResult  # noqa: E402
from scanner.resolve import Resolver  # noqa: E402
from scanner.sitehost import SiteHost  # noqa: E402

# name → (fixture root, start URL): the shop written for this comparison, and the crawler's own test shop
# (written before Blacklight was looked at: a second opinion on a site not tuned for it).
SITES = {"northwind": (ROOT / "tests" / "sites" / "blacklight", "https://www.northwind-outfitters.test/"),
         "acme": (ROOT / "tests" / "sites" / "crawl", "https://www.acme-shop.test/")}
START = SITES["northwind"][1]
BL_DIR = Path(__file__).resolve().parent / "blacklight"
BL_PACKAGE = BL_DIR / "node_modules" / "@themarkup" / "blacklight-collector"
CHROMIUM = "/usr/bin/chromium"
# No background traffic (component updates, safe browsing) reaches the loopback host or the network.
QUIET_FLAGS = ["--ignore-certificate-errors", "--no-sandbox", "--disable-background-networking",
               "--disable-component-update", "--no-first-run"]
Items = set[str]
# Ground truth of the fixture: look-alike scripts that do not do what a category names. A Blacklight finding
# listed here is shown as its false positive, with the reason, and not counted as something we missed.
LOOK_ALIKES = {
    "canvas fingerprinting": {
        START + "js/charts.js": "false positive: the only canvas read back is a 12x12 badge with one character; the "
                                "labelled chart canvas is never read (Blacklight pairs writes and reads per script, "
                                "not per canvas, and does not size-check toDataURL)",
    },
}


def ensure_blacklight() -> None:
    if BL_PACKAGE.is_dir():
        return
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("blacklight: npm not found; install Node.js 18+ to run this comparison")
    env = {**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1", "PUPPETEER_SKIP_CHROMIUM_DOWNLOAD": "1"}
    print("installing @themarkup/blacklight-collector into benchmarks/blacklight/node_modules ...", file=sys.stderr)
    done = subprocess.run([npm, "install", "--no-package-lock", "--no-audit", "--no-fund"], cwd=BL_DIR, env=env,
                          capture_output=True, text=True)
    if done.returncode != 0 or not BL_PACKAGE.is_dir():
        print(f"blacklight: npm install failed in {BL_DIR}: {done.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        sys.exit(2)


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_blacklight(host: SiteHost, start: str, out: Path, pages: int) -> tuple[dict[str, Any], float, float]:
    flag = Resolver.parse(host.resolve).chromium_flag()
    # The profile our crawler uses: Chromium now blocks third-party cookies in new profiles, so Blacklight run
    # as shipped records none at all; with it both tools see the cookies a visitor's browser keeps.
    profile = make_profile()
    cmd = ["node", str(BL_DIR / "run.js"), start, str(out), CHROMIUM, str(pages), *([flag] if flag else []), *QUIET_FLAGS,
           f"--user-data-dir={profile}"]
    cpu, wall = _children_cpu(), time.monotonic()
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    wall, cpu = time.monotonic() - wall, _children_cpu() - cpu
    report = out / "inspection.json"
    if done.returncode != 0 or not report.is_file():
        sys.exit(f"blacklight: run failed (exit {done.returncode}): {done.stderr.strip()[-400:]}")
    return json.loads(report.read_text(encoding="utf-8")), wall, cpu


def run_ours(host: SiteHost, start: str, out: Path, lists: bool) -> tuple[ScanResult, float, float]:
    # --lists: the EasyList and EasyPrivacy copies Blacklight ships, given to us as user-supplied lists
    tracker_lists = [BL_PACKAGE / "data" / "blocklists" / n for n in ("easyprivacy.txt", "easylist.txt")] if lists else []
    site = SiteConfig.model_validate({"url": start, "resolve": host.resolve, "insecure": True, "phases": ["initial"],
                                      "wait_after_load_ms": 1000, "page_timeout_s": 15, "tracker_lists": tracker_lists})
    cpu, wall = _children_cpu(), time.monotonic()
    result = crawl_site(site, out, None)
    return result, time.monotonic() - wall, _children_cpu() - cpu


def _query(url: str, key: str) -> str | None:
    values = parse_qs(urlsplit(url).query).get(key)
    return values[0] if values else None


def blacklight_items(bl: dict[str, Any]) -> dict[str, Items]:
    r = bl["reports"]
    font = r.get("canvas_font_fingerprinters") or {}
    return {
        "third-party cookies": {f"{c['name']} @ {c['domain'].lstrip('.')}" for c in r.get("cookies", []) if c.get("third_party")},
        "ad trackers": {registrable_domain(urlsplit(e["url"]).hostname or "") for e in r.get("third_party_trackers", [])},
        "keylogging": {registrable_domain(d) for d in (r.get("key_logging") or {})},
        "canvas fingerprinting": set((r.get("canvas_fingerprinters") or {}).get("fingerprinters", [])),
        "canvas font fingerprinting": set(font.get("canvas_font") or {}),
        "session recorders": {registrable_domain(u.split("/")[0]) for urls in (r.get("session_recorders") or {}).values()
                              for u in urls},
        "Facebook pixel": {f"event {e['eventName']}" for e in r.get("fb_pixel_events", [])},
        "Google Analytics remarketing": {f"{urlsplit(e['raw']).hostname} tid={_query(e['raw'], 'tid')}"
                                         for e in r.get("google_analytics_events", [])},
        "TikTok pixel": {f"event {e['eventName']}" for e in r.get("tiktok_pixel_events", [])},
        "X (Twitter) pixel": {f"event {e['eventName']}" for e in r.get("twitter_pixel_events", []) if e.get("eventName")},
    }


def our_items(result: ScanResult, start: str) -> dict[str, Items]:
    fp = result.fingerprinting
    reqs = [q for q in result.requests if q.party == "third"]
    remarketing = {f"{q.host} tid={q.params.get('tid')}" for q in reqs
                   if q.host == "stats.g.doubleclick.net" and str(q.params.get("tid", "")).startswith(("G-", "UA-", "AW-"))}
    tiktok = set()
    for q in reqs:
        if q.host == "analytics.tiktok.com" and q.method == "POST" and q.params.get("event"):
            tiktok.add(f"event {q.params['event']}")
    twitter = set()
    for q in reqs:
        if q.site in ("twitter.com", "t.co") and urlsplit(q.url).path == "/i/adsct" and q.params.get("events"):
            with contextlib.suppress(ValueError, TypeError, IndexError):
                twitter |= {f"event {ev[0]}" for ev in json.loads(q.params["events"]) if ev}
    return {
        "third-party cookies": {f"{c.name} @ {c.domain.lstrip('.')}" for c in result.cookies if c.party == "third"},
        # a tracker by our vendor data (or a user-supplied list) or a tag manager, a beacon (sendBeacon, ping,
        # tracking pixel), or the host of a script caught fingerprinting
        "ad trackers": {q.site for q in reqs if q.tracker and q.tracker.category in (*TRACKING, "tag_manager")}
        | {q.site for q in reqs if q.beacon}
        | {registrable_domain(urlsplit(f.script or "").hostname or "") for f in fp if f.script and f.kind != "session_replay"}
        - {registrable_domain(urlsplit(start).hostname or "")},
        "keylogging": {lk.site for lk in result.leaks if lk.before_submit},
        "canvas fingerprinting": {f.script or "" for f in fp if f.kind == "canvas"},
        "canvas font fingerprinting": {f.script or "" for f in fp if f.kind == "canvas_font"},
        "session recorders": {registrable_domain(urlsplit(f.script or "").hostname or "") for f in fp if f.kind == "session_replay"},
        "Facebook pixel": {f"event {q.params['ev']}" for q in reqs
                           if q.site == "facebook.com" and urlsplit(q.url).path.rstrip("/") == "/tr" and q.params.get("ev")},
        "Google Analytics remarketing": remarketing,
        "TikTok pixel": tiktok,
        "X (Twitter) pixel": twitter,
    }


def _cell(items: Iterable[str]) -> str:
    items = sorted(items)
    return "<br>".join(items) if items else "—"


def table(bl: dict[str, Items], ours: dict[str, Items]) -> tuple[str, int]:
    lines = ["| category | Blacklight found | we found | Blacklight found, we missed |", "|---|---|---|---|"]
    missed = 0
    for cat in bl:
        wrong = LOOK_ALIKES.get(cat, {})
        gap = bl[cat] - ours[cat]
        missed += len(gap - set(wrong))
        shown = [f"{g} ({wrong[g]})" if g in wrong else g for g in sorted(gap)]
        lines.append(f"| {cat} | {_cell(bl[cat])} | {_cell(ours[cat])} | {_cell(shown) if gap else 'nothing'} |")
    return "\n".join(lines), missed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=10, help="links Blacklight follows after the start page (default 10: all)")
    ap.add_argument("--site", choices=sorted(SITES), default="northwind", help="fixture site (default northwind)")
    ap.add_argument("--lists", action="store_true", help="give our crawler Blacklight's EasyList and EasyPrivacy copies")
    ap.add_argument("--json", type=Path, help="also write both tools' findings here")
    args = ap.parse_args()
    ensure_blacklight()
    root, start = SITES[args.site]
    with SiteHost(root) as host, tempfile.TemporaryDirectory(prefix="bl-bench-") as tmp:
        bl, bl_wall, bl_cpu = run_blacklight(host, start, Path(tmp) / "blacklight", args.pages)
        ours, our_wall, our_cpu = run_ours(host, start, Path(tmp) / "ours", args.lists)
    b, o = blacklight_items(bl), our_items(ours, start)
    text, missed = table(b, o)
    print(f"site: {start} (tests/sites/{root.name}); our tracker lists: {'EasyList + EasyPrivacy' if args.lists else 'none'}\n")
    print(text)
    extra = sorted({f"{f.kind}: {f.script}" for f in ours.fingerprinting if f.kind == "font_probing"})
    print(f"\nalso found by us only: {', '.join(extra) or 'nothing'}; leaks by data type: "
          + ", ".join(sorted({f"{lk.data_type}→{lk.site}" for lk in ours.leaks})))
    measure_only = sorted(set((bl["reports"].get("canvas_font_fingerprinters") or {}).get("text_measure") or {}))
    print(f"Blacklight text_measure (every script that called measureText): {', '.join(measure_only) or 'none'}")
    pages_bl = len(set(bl.get("browsing_history", [])))
    pages_ours = len({p.url for p in ours.pages if p.error is None})
    print(f"\nBlacklight: {pages_bl} pages, {bl_wall:.1f} s wall, {bl_cpu:.1f} s CPU (node + Chromium)")
    print(f"ours:       {pages_ours} pages, {our_wall:.1f} s wall, {our_cpu:.1f} s CPU (worker + Chromium)")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    if args.json:
        args.json.write_text(json.dumps({"blacklight": {k: sorted(v) for k, v in b.items()},
                                         "ours": {k: sorted(v) for k, v in o.items()}}, indent=2), encoding="utf-8")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
