"""Finding and starting Chromium. Playwright cannot download its own browser on every machine, so the
scanner looks, in order, at the configured path, $COMPLIANCE_SCAN_CHROMIUM, Playwright's own cache and the
usual system locations, and says exactly what to install when none is there. The flags every launch uses
live here so the crawler, the policy fetcher and the report tests start the same browser the same way."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from scanner.errors import ConfigError, ScanFailure
from scanner.resolve import Resolver

BASE_ARGS: tuple[str, ...] = (
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",  # loopback test servers speak HTTP/1.1 and HTTP/2 over TCP only
    "--disable-dev-shm-usage",
    # Requests the browser makes on its own must not mix with a site's evidence. --disable-component-update does
    # not stop the on-device AI model manifest, which Chromium 156 registers and fetches on demand at start-up
    # (update.googleapis.com/service/update2/json); pointing the manifest at a local file that holds none does.
    "--optimization-guide-manifest-override=/dev/null",
    "--disable-domain-reliability",
    # Not --no-pings (it would silence <a ping>, a beacon we record) and no --disable-features: Chromium keeps
    # only the last one, which would replace Playwright's list (OptimizationHints, NetworkTimeServiceQuerying,
    # AimEnabled, PreconnectToSearch... each one a request to Google at start-up).
)
SYSTEM_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium")
INSTALL_HINT = (
    "no usable Chromium found: run `playwright install chromium` on a machine with internet access, "
    "or install Debian's `chromium` package (apt-get install chromium), or set site.browser / --browser"
)


def _playwright_cache() -> list[Path]:
    root = Path(os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or Path.home() / ".cache" / "ms-playwright")
    if not root.is_dir():
        return []
    found = []
    for pattern in ("chromium-*/chrome-linux*/chrome", "chromium_headless_shell-*/chrome-linux*/headless_shell"):
        found += sorted(root.glob(pattern), reverse=True)
    return found


def find_chromium(configured: str | None = None) -> str:
    """The Chromium executable to launch; ConfigError for a bad configured path, ScanFailure when none exists."""
    if configured:
        path = Path(configured)
        if not (path.is_file() and os.access(path, os.X_OK)):
            raise ConfigError(f"browser: {configured}: not an executable file")
        return str(path)
    env = os.environ.get("COMPLIANCE_SCAN_CHROMIUM")
    candidates = [Path(env)] if env else []
    candidates += _playwright_cache()
    candidates += [Path(p) for p in SYSTEM_PATHS]
    which = shutil.which("chromium") or shutil.which("chromium-browser")
    if which:
        candidates.append(Path(which))
    for path in candidates:
        if path.is_file() and os.access(path, os.X_OK):
            return str(path)
    raise ScanFailure(INSTALL_HINT)


def chromium_args(resolve: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Launch flags: the fixed set plus --host-resolver-rules for --resolve."""
    args = list(BASE_ARGS)
    flag = Resolver.parse(list(resolve)).chromium_flag()
    if flag:
        args.append(flag)
    return args


# The crawler's extra flags. Site isolation off: cross-site iframes then share their page's renderer, so the
# page-level DevTools session sees their requests too, and a 200-page crawl needs far fewer processes. The GPU
# process folds into the browser process (nothing is drawn on screen), saving one process of ~90 MB.
CRAWL_ARGS: tuple[str, ...] = (
    "--disable-site-isolation-trials",
    "--in-process-gpu",
    "--disable-gpu",
    "--mute-audio",
    "--hide-scrollbars",
    "--disable-extensions",
    "--disable-default-apps",
    "--no-default-browser-check",
    "--metrics-recording-only",
    "--password-store=basic",
)


def crawl_args(resolve: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Launch flags for the crawler: chromium_args and CRAWL_ARGS. No --renderer-process-limit: tabs that
    share a renderer share its one thread, so a page stuck in a script froze every tab placed there (new
    tabs included, which then never opened: the crawl hung), and a tab closed on a stuck renderer left the
    process spinning. A renderer of its own per tab costs more resident memory counted per process, but
    about the same counted once (PSS: benchmarks/RESULTS.md), and dies with its tab."""
    return [*chromium_args(resolve), *CRAWL_ARGS]


# Chromium now starts new profiles blocking third-party cookies ("UserPreferences" in DevTools), which a
# visitor's default browser does not do; the crawler must see what trackers set, so its profile says allow.
PROFILE_PREFERENCES = {"profile": {"cookie_controls_mode": 0, "block_third_party_cookies": False}}


def make_profile() -> Path:
    """A throwaway Chromium user-data directory whose preferences allow third-party cookies."""
    import json
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="compliance-scan-profile-"))
    (root / "Default").mkdir()
    (root / "Default" / "Preferences").write_text(json.dumps(PROFILE_PREFERENCES), encoding="utf-8")
    return root
