"""The crawl through the command line (in-process, as a user runs it) and the crawl's hard failures: the
result.json validates against the shipped schema, robots.txt can be switched off by the site's owner, and a
start page that cannot be loaded is a scan error carrying what was collected, not a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scanner.cli import main
from scanner.config import SiteConfig
from scanner.crawl import crawl_site
from scanner.errors import ScanFailure
from scanner.exitcodes import ExitCode
from scanner.schema import validate
from scanner.sitehost import SiteHost

pytestmark = pytest.mark.browser


def test_cli_crawl_ignoring_robots(acme_host: SiteHost, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["crawl", "https://www.acme-shop.test/", "--insecure", "--out", str(tmp_path), "--phases", "initial",
            "--max-pages", "14", "--ignore-robots", "--screenshots", "--format", "json"]
    for rule in acme_host.resolve:
        args += ["--resolve", rule]
    assert main(args) == ExitCode.OK
    data = json.loads((tmp_path / "result.json").read_text(encoding="utf-8"))
    validate(data)
    urls = {p["url"] for p in data["pages"]}
    assert "https://www.acme-shop.test/private/secret.html" in urls  # robots.txt switched off
    assert len(urls) <= 14 and data["phases"] == ["initial"]
    assert (tmp_path / data["artifacts"]["har"]).is_file()
    shots = [p["screenshot"] for p in data["pages"] if p["screenshot"]]
    assert shots and all((tmp_path / s).is_file() for s in shots)
    assert any(c["name"] == "IDE" and c["party"] == "third" for c in data["cookies"])
    assert "crawl:" in capsys.readouterr().err  # plain progress lines when not on a terminal


def test_unreachable_start_page_is_a_scan_failure(tmp_path: Path) -> None:
    site = SiteConfig(url="https://www.nowhere-shop.test/", resolve=["*=127.0.0.1:9"], insecure=True,
                      phases=["initial"], page_timeout_s=5)
    with pytest.raises(ScanFailure, match=r"cannot load the start page: .*ERR_CONNECTION_REFUSED") as info:
        crawl_site(site, tmp_path, None)
    partial = info.value.partial
    assert partial is not None and partial.pages[0].url == "https://www.nowhere-shop.test/"
    assert partial.errors and "ERR_CONNECTION_REFUSED" in partial.errors[0].message


def test_ctrl_c_keeps_the_partial_result(acme_host: SiteHost, tmp_path: Path) -> None:
    """SIGINT to the CLI while the crawl runs: exit 3 and a result.json with the pages already finished."""
    import signal
    import subprocess
    import sys
    import time

    args = [sys.executable, "-m", "scanner", "crawl", "https://www.acme-shop.test/", "--insecure", "--out", str(tmp_path),
            "--phases", "initial,accept,reject,gpc", "--format", "json"]
    for rule in acme_host.resolve:
        args += ["--resolve", rule]
    # The child gets Ctrl-C's default disposition as from a terminal, whatever this test process inherited: a
    # runner started in the background without job control passes SIGINT on as ignored, and then Python never
    # raises KeyboardInterrupt (the crawl ran to its end with exit 0 in such a CI run).
    proc = subprocess.Popen(args, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stderr is not None
    deadline = time.monotonic() + 200  # a loaded 2-core machine can take a minute over the first page
    seen = []
    for line in proc.stderr:  # the first progress or page-error line means at least one page is done
        # (under load the first page may fail, and then its error line is all the log shows of it)
        seen.append(line)
        if line.startswith("crawl: 1/") or line.startswith(("crawl: initial: ", "crawl: accept: ")) or time.monotonic() > deadline:
            break
    proc.send_signal(signal.SIGINT)
    rest = proc.communicate(timeout=90)[1]
    assert proc.returncode == ExitCode.SCAN_ERROR, "".join(seen) + (rest or "")
    data = json.loads((tmp_path / "result.json").read_text(encoding="utf-8"))
    validate(data)
    assert data["pages"] and any("interrupted" in e["message"] for e in data["errors"])
