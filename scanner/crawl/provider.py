"""The browser scrapy-playwright drives. Playwright's plain launch() gives a profile whose preferences
cannot be set, and Chromium's defaults now block third-party cookies; so the one browser of a crawl is
started as a persistent context on a throwaway profile that allows them, and every phase's isolated
context is then created from that browser (they inherit the preference, not the cookies).
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path
from typing import Any

from scrapy_playwright.provider import PlaywrightBrowserProvider

from scanner.crawl.browser import make_profile


class CrawlBrowserProvider(PlaywrightBrowserProvider):  # type: ignore[misc]
    def __init__(self, config: Any) -> None:
        super().__init__(config)
        self._profile: Path | None = None
        self._base: Any = None

    async def launch_browser(self) -> Any:
        if self.browser_type is None:
            raise RuntimeError("start() must be awaited before launch_browser()")
        self._profile = make_profile()
        self._base = await self.browser_type.launch_persistent_context(str(self._profile), **self.config.launch_options)
        for page in list(self._base.pages):  # the persistent profile opens a blank tab nobody needs
            with contextlib.suppress(Exception):
                await page.close()
        return self._base.browser

    async def close(self) -> None:
        if self._base is not None:
            with contextlib.suppress(Exception):
                await self._base.close()
        await super().close()
        if self._profile is not None:
            shutil.rmtree(self._profile, ignore_errors=True)
