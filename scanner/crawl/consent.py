"""Consent phases: the Global Privacy Control signals for the `gpc` context, and making the visitor's choice
("accept" or "reject") on a consent banner. `apply_choice` tries, in order, DuckDuckGo's autoconsent rules for
known CMPs (autoconsent.py), the generic phrase-based fallback for custom banners (banners.py), then the
selectors from scan.toml, and stops at the first that really worked. A choice counts as performed only when
the evidence says so — the CMP rule finished and consent state was written (or its self-test passed), or the
clicked banner closed or consent state changed — never because a click merely happened; every failure is
spelt out in the outcome's detail. Time is bounded (about two to three seconds on a page without a banner) and
no exception escapes: the crawl goes on whatever a page does.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Literal

from playwright.async_api import ElementHandle, Page

from scanner.config import ConsentConfig
from scanner.crawl.autoconsent import AutoconsentResult, run_autoconsent
from scanner.crawl.banners import Candidate, find_button, settle, snapshot
from scanner.model import ConsentOutcome

GPC_HEADERS: dict[str, str] = {"Sec-GPC": "1", "DNT": "1"}

# Runs before any page script in every frame of the context (add_init_script), so a site reading the signal
# at start-up sees it; the getters sit on the prototype like the browser's own properties do.
GPC_INIT_SCRIPT = """(() => {
  const define = (name, value) => {
    try { Object.defineProperty(Navigator.prototype, name, {get: () => value, configurable: true, enumerable: true}); }
    catch (e) {}
  };
  define('globalPrivacyControl', true);
  define('doNotTrack', '1');
})();"""

Choice = Literal["accept", "reject"]
DEFAULT_TIMEOUT_S = 20.0


def _summary(keys: list[str], limit: int = 4) -> str:
    names = [k.split(" ", 2)[-1] if not k.startswith("cookie ") else k.removeprefix("cookie ").split("@")[0]
             for k in keys]
    more = f" and {len(names) - limit} more" if len(names) > limit else ""
    return ", ".join(names[:limit]) + more


async def _click(element: ElementHandle) -> str:
    try:
        await element.click(timeout=2000)
        return ""
    except Exception:  # covered by an overlay or animating: fall back to the DOM's own click
        await element.evaluate("e => e.click()")
        return " (by script: a real click was intercepted)"


# what Playwright says when an element's frame or page went away under it
_GONE = re.compile(r"Target (?:page, context or browser )?(?:has been )?closed|Execution context was destroyed|detached")


async def _try_generic(page: Page, choice: Choice, notes: list[str]) -> ConsentOutcome | None:
    try:
        return await _generic_once(page, choice, notes)
    except Exception as exc:
        # A banner in a cross-origin iframe lives in another renderer: when that frame is swapped or reloaded between
        # finding the button and clicking it, its element handle's target is gone. Look once more in the new frame.
        if page.is_closed() or not _GONE.search(str(exc)):
            raise
        await asyncio.sleep(0.5)
        return await _generic_once(page, choice, notes)


async def _generic_once(page: Page, choice: Choice, notes: list[str]) -> ConsentOutcome | None:
    candidate: Candidate | None = await find_button(page, choice)
    if candidate is None:
        notes.append(f"no {choice} button found by name in any frame")
        return None
    where = "main frame" if candidate.frame is page.main_frame else f"iframe {candidate.frame.url}"
    frames = [page.main_frame, candidate.frame]
    before = await snapshot(page, frames)
    how = await _click(candidate.element)
    closed, changed = await settle(page, before, candidate.element, frames)
    said = f"clicked '{candidate.name}' in the {where}{how}"
    if closed or changed:
        stored = f"consent stored: {_summary(changed)}" if changed else "no consent cookie or storage written"
        state = "banner closed" if closed else "banner still shown"
        return ConsentOutcome(choice, "generic", True, f"{said}; {state}; {stored}", banner_found=True)
    notes.append(f"{said} but the banner stayed and no consent state changed")
    return ConsentOutcome(choice, "generic", False, "", banner_found=True)


async def _try_selector(page: Page, choice: Choice, selector: str, notes: list[str]) -> ConsentOutcome | None:
    for frame in page.frames:
        try:
            locator = frame.locator(selector).first
            if not await locator.count() or not await locator.is_visible():
                continue
            element = await locator.element_handle(timeout=1000)
        except Exception as exc:
            if "selector" in str(exc).lower() and "pars" in str(exc).lower():
                notes.append(f"site.consent.{choice}_selector {selector!r} is not a valid selector")
                return None
            continue
        frames = [page.main_frame, frame]
        before = await snapshot(page, frames)
        how = await _click(element)
        closed, changed = await settle(page, before, element, frames)
        said = f"clicked {selector!r}{how}"
        if closed or changed:
            stored = f"consent stored: {_summary(changed)}" if changed else "no consent cookie or storage written"
            return ConsentOutcome(choice, "selector", True, f"{said}; {'banner closed' if closed else 'banner still shown'}; "
                                  f"{stored}", banner_found=True)
        notes.append(f"{said} but nothing changed")
        return ConsentOutcome(choice, "selector", False, "", banner_found=True)
    notes.append(f"selector {selector!r} matched nothing visible")
    return None


async def _try_autoconsent(page: Page, choice: Choice, notes: list[str], budget_s: float) -> ConsentOutcome | None:
    before = await snapshot(page)
    result: AutoconsentResult = await run_autoconsent(page, "optIn" if choice == "accept" else "optOut", budget_s)
    notes.append(result.detail)
    if not result.popup:
        return None
    method = f"autoconsent:{result.cmp}"
    if not result.done:
        return ConsentOutcome(choice, method, False, "", banner_found=True)
    _, changed = await settle(page, before, None, [page.main_frame], wait_s=1.5)
    if result.self_test is False:
        notes[-1] += "; its self-test says the choice was not stored"
        return ConsentOutcome(choice, method, False, "", banner_found=True)
    if changed or result.self_test:
        checks = ["self-test passed"] if result.self_test else []
        checks += [f"consent stored: {_summary(changed)}"] if changed else []
        return ConsentOutcome(choice, method, True, f"{result.detail}; {'; '.join(checks)}", banner_found=True)
    notes[-1] += " but no consent cookie or storage change was seen"
    return ConsentOutcome(choice, method, False, "", banner_found=True)


async def _apply(page: Page, choice: Choice, cfg: ConsentConfig, notes: list[str], deadline: float) -> ConsentOutcome:
    attempts: list[ConsentOutcome] = []
    steps: list[Callable[[], Awaitable[ConsentOutcome | None]]] = []
    if cfg.autoconsent:
        steps.append(lambda: _try_autoconsent(page, choice, notes, max(3.0, deadline - time.monotonic() - 6.0)))
    else:
        notes.append("autoconsent switched off in scan.toml")
    steps.append(lambda: _try_generic(page, choice, notes))
    selector = cfg.accept_selector if choice == "accept" else cfg.reject_selector
    if selector:
        steps.append(lambda: _try_selector(page, choice, selector, notes))
    for step in steps:
        outcome = await step()
        if outcome is not None and outcome.performed:
            return outcome
        if outcome is not None:
            attempts.append(outcome)
    method = attempts[0].method if attempts else None
    return ConsentOutcome(choice, method, False, "", banner_found=bool(attempts))


def _finish(outcome: ConsentOutcome, choice: Choice, notes: list[str]) -> ConsentOutcome:
    if outcome.performed:
        missing = [n for n in notes if n.startswith("autoconsent is not installed")]
        return replace(outcome, detail="; ".join([outcome.detail, *missing])) if missing else outcome
    lead = f"{choice} not performed" + ("" if outcome.banner_found else ": no consent banner found")
    detail = "; ".join([lead, *[n for n in notes if n]])
    return ConsentOutcome(choice, outcome.method, False, detail, banner_found=outcome.banner_found)


async def apply_choice(page: Page, choice: Choice, cfg: ConsentConfig, timeout_s: float = DEFAULT_TIMEOUT_S) -> ConsentOutcome:
    """Make `choice` on the page's consent banner; performed=True only when it demonstrably took effect."""
    notes: list[str] = []
    deadline = time.monotonic() + timeout_s
    try:
        outcome = await asyncio.wait_for(_apply(page, choice, cfg, notes, deadline), timeout=timeout_s)
    except TimeoutError:
        notes.append(f"gave up after {timeout_s:.0f} s")
        outcome = ConsentOutcome(choice, None, False, "")
    except Exception as exc:  # a crashed tab or closed page must not end the crawl
        notes.append(f"consent automation failed: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
        outcome = ConsentOutcome(choice, None, False, "")
    return _finish(outcome, choice, notes)


async def find_banner(page: Page, cfg: ConsentConfig | None = None, timeout_s: float = 5.0) -> str | None:
    """What shows a consent banner, without clicking anything: a CMP autoconsent knows, or accept/reject
    buttons in a consent context; None when there is none (or the page went away)."""
    try:
        async with asyncio.timeout(timeout_s):
            if cfg is None or cfg.autoconsent:
                result = await run_autoconsent(page, None, budget_s=timeout_s - 1.0)
                if result.popup:
                    return f"{result.cmp} banner (autoconsent)"
            for choice in ("reject", "accept"):
                candidate = await find_button(page, choice)
                if candidate is not None:
                    return f"banner with a '{candidate.name}' button"
            return None
    except Exception:  # a timeout or a page that went away: no banner we could see
        return None


async def detect_banner(page: Page, cfg: ConsentConfig | None = None, timeout_s: float = 5.0) -> bool:
    """Whether a consent banner shows (a CMP autoconsent knows, or accept/reject buttons in a consent context)."""
    return await find_banner(page, cfg, timeout_s) is not None


async def observe(page: Page, cfg: ConsentConfig, timeout_s: float = 5.0) -> ConsentOutcome:
    """The initial phase's outcome: no choice is made; whether a first-time visitor meets a banner."""
    banner = await find_banner(page, cfg, timeout_s)
    seen = f"consent {banner} shown" if banner else "no consent banner found"
    return ConsentOutcome("initial", "none", True, f"no interaction: what a first-time visitor meets; {seen}",
                          banner_found=banner is not None)
