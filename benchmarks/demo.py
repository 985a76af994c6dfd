"""How long `compliance-scan demo` takes, stage by stage, on this machine. The target is under 60 s after
set-up on a 2-core machine. Prints the load average too: the figures mean little while other jobs hold the
CPUs, so run it on a quiet machine (or read the load beside them).

    .venv/bin/python benchmarks/demo.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scanner.code import scan_code
from scanner.crawl import crawl_site
from scanner.demo import SITE_DIR, demo_config, run_demo
from scanner.errors import ScanFailure
from scanner.policy import read_policy
from scanner.sitehost import SiteHost


def stages(out: Path) -> dict[str, float]:
    times: dict[str, float] = {}
    with SiteHost(SITE_DIR) as host:
        cfg = demo_config(host.resolve, out)
        assert cfg.site and cfg.code and cfg.policy
        start = time.monotonic()
        result = crawl_site(cfg.site, out, None)
        times["crawl"] = time.monotonic() - start
        times["pages"] = len(result.pages)
        for name, stage in (("code", lambda: scan_code(cfg.code, None)), ("policy", lambda: read_policy(cfg.policy, cfg.site, None))):
            start = time.monotonic()
            try:
                stage()
            except ScanFailure as exc:  # timed all the same; the failure is printed
                print(f"{name}: {exc}", file=sys.stderr)
            times[name] = time.monotonic() - start
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    print(f"cores {os.cpu_count()}, load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    for run in range(1, args.runs + 1):
        with tempfile.TemporaryDirectory() as tmp:
            t = stages(Path(tmp) / "stages")
            print(f"run {run}: crawl {t['crawl']:.1f} s ({t['pages']:.0f} page visits, all four phases), "
                  f"code {t['code']:.1f} s, policy {t['policy']:.1f} s")
            start = time.monotonic()
            code = run_demo(Path(tmp) / "demo", None, quiet=True)
            total = time.monotonic() - start
            print(f"run {run}: whole demo {total:.1f} s (exit {code}), load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
