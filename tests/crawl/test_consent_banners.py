"""Consent automation against real banners in real Chromium: a CMP autoconsent knows (Cookie-Script's DOM),
a custom German banner, a banner in a cross-origin iframe, one in open shadow DOM, an icon-only banner that
needs a scan.toml selector, a banner whose buttons do nothing, and a page without any banner; plus the
trackers that fire before consent, persist after reject, and ignore Global Privacy Control."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from consent_env import Env, consent_env
from playwright.async_api import Page

from scanner.config import ConsentConfig
from scanner.crawl.autoconsent import find_package
from scanner.crawl.consent import apply_choice, detect_banner

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def env() -> Iterator[Env]:
    yield from consent_env()


async def _cookies(page: Page) -> dict[str, str]:
    return {c["name"]: c["value"] for c in await page.context.cookies()}


def test_autoconsent_cmp_accept(env: Env) -> None:
    assert find_package() is not None, "run `npm install` at the repository root"

    async def go() -> None:
        before = len(env.hits("www.google-analytics.com", "/g/collect"))
        page = await env.page("https://cookiescript.test/")
        # The tracker that fires before consent: the page view went out while the banner was still open.
        assert len(env.hits("www.google-analytics.com", "/g/collect")) == before + 1
        assert not [h for h in env.hits("www.facebook.com", "/tr") if "id=111" in h.query]
        outcome = await apply_choice(page, "accept", ConsentConfig())
        assert outcome.performed, outcome.detail
        assert outcome.method == "autoconsent:cookie-script" and outcome.phase == "accept" and outcome.banner_found
        assert "CookieScriptConsent" in outcome.detail
        assert (await _cookies(page))["CookieScriptConsent"] == "accept"
        await page.wait_for_timeout(200)
        assert [h for h in env.hits("www.facebook.com", "/tr") if "id=111" in h.query]
        await page.context.close()

    env.run(go())


def test_autoconsent_cmp_reject_and_tracker_after_reject(env: Env) -> None:
    async def go() -> None:
        page = await env.page("https://cookiescript.test/")
        assert await detect_banner(page)
        meta_before = len([h for h in env.hits("www.facebook.com", "/tr") if "id=111" in h.query])
        outcome = await apply_choice(page, "reject", ConsentConfig())
        assert outcome.performed and outcome.method == "autoconsent:cookie-script", outcome.detail
        assert (await _cookies(page))["CookieScriptConsent"] == "reject"
        await page.wait_for_timeout(200)
        # The tracker that persists after reject: the "Decline all" handler itself reports to Bing.
        assert [h for h in env.hits("bat.bing.com", "/action/0") if "evt=consent_reject" in h.query]
        ga_before = len(env.hits("www.google-analytics.com", "/g/collect"))
        await page.goto("https://cookiescript.test/about.html", wait_until="load")
        assert len(env.hits("www.google-analytics.com", "/g/collect")) == ga_before + 1  # still fires after reject
        assert not await detect_banner(page, timeout_s=3.0)  # the choice persisted: no banner on the next page
        assert len([h for h in env.hits("www.facebook.com", "/tr") if "id=111" in h.query]) == meta_before
        await page.context.close()

    env.run(go())


@pytest.mark.parametrize(("choice", "stored"), [("accept", "all"), ("reject", "necessary")])
def test_custom_banner_generic(env: Env, choice: str, stored: str) -> None:
    async def go() -> None:
        page = await env.page("https://custom.test/")
        outcome = await apply_choice(page, choice, ConsentConfig())  # type: ignore[arg-type]
        assert outcome.performed and outcome.method == "generic", outcome.detail
        assert "banner closed" in outcome.detail and "consent-choice" in outcome.detail
        assert await page.evaluate("localStorage.getItem('consent-choice')") == stored
        await page.context.close()

    env.run(go())


def test_banner_in_cross_origin_iframe(env: Env) -> None:
    async def go() -> None:
        page = await env.page("https://iframe.test/")
        outcome = await apply_choice(page, "reject", ConsentConfig())
        assert outcome.performed and outcome.method == "generic", outcome.detail
        assert "iframe https://cmp-frame.test/banner.html" in outcome.detail
        assert (await _cookies(page))["euconsent"] == "none"
        await page.context.close()

    env.run(go())


@pytest.mark.parametrize(("choice", "stored"), [("accept", "oui"), ("reject", "non")])
def test_banner_in_shadow_dom(env: Env, choice: str, stored: str) -> None:
    async def go() -> None:
        page = await env.page("https://shadow.test/")
        # autoconsent off: its pass costs two seconds here and other tests cover it before the fallback
        outcome = await apply_choice(page, choice, ConsentConfig(autoconsent=False))  # type: ignore[arg-type]
        assert outcome.performed and outcome.method == "generic", outcome.detail
        assert (await _cookies(page))["choix"] == stored
        await page.context.close()

    env.run(go())


def test_no_banner_is_fast_and_never_claims_a_choice(env: Env) -> None:
    async def go() -> None:
        page = await env.page("https://nobanner.test/")
        for choice in ("accept", "reject"):
            start = time.monotonic()
            outcome = await apply_choice(page, choice, ConsentConfig())  # type: ignore[arg-type]
            assert time.monotonic() - start < 6.0  # two to three seconds when the machine is not busy
            assert not outcome.performed and not outcome.banner_found and outcome.method is None
            assert outcome.detail.startswith(f"{choice} not performed: no consent banner found")
        assert not await detect_banner(page, timeout_s=3.0)
        # The lone "Accept" next to a privacy link is no consent button: nothing was clicked.
        assert await _cookies(page) == {}
        await page.context.close()

    env.run(go())


def test_banner_that_ignores_clicks_is_not_reported_as_rejected(env: Env) -> None:
    async def go() -> None:
        page = await env.page("https://stuck.test/")
        outcome = await apply_choice(page, "reject", ConsentConfig(autoconsent=False))
        assert not outcome.performed and outcome.banner_found and outcome.method == "generic"
        assert "clicked 'Reject all'" in outcome.detail and "banner stayed" in outcome.detail
        assert "autoconsent switched off" in outcome.detail
        await page.context.close()

    env.run(go())


def test_selector_from_scan_toml_operates_icon_banner(env: Env) -> None:
    async def go() -> None:
        page = await env.page("https://iconbanner.test/")
        bare = await apply_choice(page, "reject", ConsentConfig(autoconsent=False))
        assert not bare.performed and "no reject button found" in bare.detail
        cfg = ConsentConfig(autoconsent=False, reject_selector=".choice-no", accept_selector=".choice-yes")
        outcome = await apply_choice(page, "reject", cfg)
        assert outcome.performed and outcome.method == "selector", outcome.detail
        assert (await _cookies(page))["bar"] == "no"
        await page.context.close()

    env.run(go())


def test_missing_autoconsent_fails_soft(env: Env, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("COMPLIANCE_SCAN_AUTOCONSENT", str(tmp_path))

    async def go() -> None:
        page = await env.page("https://cookiescript.test/")
        outcome = await apply_choice(page, "reject", ConsentConfig())
        # The generic fallback still finds "Decline all" in the Cookie-Script container, and says what was missing.
        assert outcome.performed and outcome.method == "generic", outcome.detail
        assert "autoconsent is not installed" in outcome.detail
        assert (await _cookies(page))["CookieScriptConsent"] == "reject"
        await page.context.close()

    env.run(go())


def test_gpc_signals_and_tracker_that_ignores_them(env: Env) -> None:
    async def go() -> None:
        pinterest = len(env.hits("ct.pinterest.com"))
        plain = await env.page("https://custom.test/")
        assert len(env.hits("ct.pinterest.com")) == pinterest + 1  # without GPC the tag fires
        await plain.context.close()
        first = len(env.hits("custom.test"))
        page = await env.page("https://custom.test/", gpc=True)
        doc = env.hits("custom.test")[first]
        headers = {k.lower(): v for k, v in doc.headers.items()}
        assert headers["sec-gpc"] == "1" and headers["dnt"] == "1"
        assert len(env.hits("ct.pinterest.com")) == pinterest + 1  # honours GPC: no new hit
        linkedin = [h for h in env.hits("px.ads.linkedin.com", "/collect") if "gpc=true" in h.query]
        assert linkedin and "dnt=1" in linkedin[-1].query  # ignores GPC although the page saw it
        assert {k.lower(): v for k, v in linkedin[-1].headers.items()}["sec-gpc"] == "1"
        await page.goto("https://iframe.test/", wait_until="load")
        frame = next(f for f in page.frames if "cmp-frame.test" in f.url)
        assert await frame.evaluate("navigator.globalPrivacyControl === true && navigator.doNotTrack === '1'")
        await page.context.close()

    env.run(go())
