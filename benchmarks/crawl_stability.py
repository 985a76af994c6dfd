"""Crawl stability: crawls the embedded demo shop N times (crawl stage only, as `compliance-scan demo` runs it)
and compares the runs record by record, by identity rather than by count: pages (phase, URL, error), requests
(phase, page, method, URL without its query, beacon kind), cookies (phase, name, domain, page credited,
provenance kind and URL without its query), leaks (phase, page, data type, site, encoding, location,
parameter), storage, consent outcomes and fingerprinting. Prints, per kind, the counts of each run and how
many identities appear in every run against in only some; `--verbose` lists the latter. The same site should
give the same records on every run, under any load; what still varies is the site's own timing (a session
recorder flushing on a one-second interval sends as many batches as the page lived seconds).
Usage: python benchmarks/crawl_stability.py [--runs 3] [--verbose]
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from scanner.crawl import crawl_site
from scanner.demo import SITE_DIR, demo_config
from scanner.serde import to_dict
from scanner.sitehost import SiteHost

Key = Callable[[dict[str, Any]], tuple[Any, ...]]


def _bare(url: str | None) -> str:
    return (url or "").split("?")[0]


KINDS: dict[str, tuple[str, Key]] = {
    "pages": ("pages", lambda p: (p["phase"], p["url"], p.get("error") or "")),
    "requests": ("requests", lambda q: (q["phase"], q.get("page"), q["method"], _bare(q["url"]), q.get("beacon_kind"))),
    "cookies": ("cookies", lambda c: (c["phase"], c["name"], c["domain"], c.get("page"), (c.get("provenance") or {}).get("kind"),
                                      _bare((c.get("provenance") or {}).get("url")))),
    "leaks": ("leaks", lambda x: (x["phase"], x.get("page"), x["data_type"], x["site"], x["encoding"], x["location"], x.get("parameter"))),
    "storage": ("storage", lambda s: (s["phase"], s["kind"], s["key"], s["origin"], s.get("page"))),
    "consent": ("consent", lambda c: (c["phase"], c["performed"], c.get("method"))),
    "fingerprinting": ("fingerprinting", lambda f: (f["phase"], f["kind"], f.get("page"))),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    results: list[dict[str, Any]] = []
    with SiteHost(SITE_DIR) as host, tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            out = Path(tmp) / f"run{i}"
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.monotonic()
            site = demo_config(host.resolve, out).site
            assert site is not None
            results.append(to_dict(crawl_site(site, out, None)))
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            print(f"run {i + 1}: {time.monotonic() - t0:.1f} s wall, {cpu:.1f} s crawler CPU, load {os.getloadavg()[0]:.1f}")
    for kind, (field, key) in KINDS.items():
        counted = [Counter(key(rec) for rec in r.get(field, [])) for r in results]
        every = set.intersection(*(set(c) for c in counted))
        some = set.union(*(set(c) for c in counted)) - every
        print(f"{kind:<15} counts {[sum(c.values()) for c in counted]}  in every run {len(every)}, in only some {len(some)}")
        if args.verbose:
            for ident in sorted(some, key=str):
                print("   ", [c.get(ident, 0) for c in counted], ident)


if __name__ == "__main__":
    main()
