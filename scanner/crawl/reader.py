"""Reading a loaded page before it is closed, in a fixed order: check that the renderer answers (a runaway
script is interrupted, a renderer that answers nothing is stopped so it cannot block the tabs it shares), wait
for late beacons (until the network is quiet, see quiet.py), observe the consent banner (first page of the
initial phase) or make the consent choice (first page of the accept and reject phases), read links and forms,
let the leak module fill the forms with canaries, read web storage in every frame and the cookie jar, take the
optional screenshot. Each step has its own time limit and its failure is recorded against the page, never
raised: a page that breaks halfway (a crashed tab, a timeout, a document cut off as huge) still yields what was
observed up to then. The records go to the parent process as one event.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

from scanner.crawl.forms import build_form
from scanner.crawl.parties import host_of
from scanner.crawl.quiet import FLOOR_S
from scanner.crawl.record import HUGE_PAGE_BYTES
from scanner.crawl.scripts import PAGE_SCRIPT, STORAGE_SCRIPT
from scanner.model import Page, StorageItem
from scanner.serde import to_dict

if TYPE_CHECKING:
    from scanner.crawl.spider import SiteSpider

T = TypeVar("T")
_log = logging.getLogger("scanner.crawl.reader")
_STEP_S = 10.0
_READ_STEPS = ("consent", "read page", "fill forms", "storage", "cookies", "screenshot")
PROBE_SCRIPT = "() => 1"
LEFT_S = 0.1  # after the page was told it is left: its pagehide beacons have been sent
# The events a browser fires at a page being left, fired while it can still be recorded (the page then believes
# itself hidden, which it is about to be).
LEAVE_SCRIPT = """() => {
  try { Object.defineProperty(document, 'visibilityState', {value: 'hidden', configurable: true});
        Object.defineProperty(document, 'hidden', {value: true, configurable: true}); } catch (e) {}
  document.dispatchEvent(new Event('visibilitychange'));
  window.dispatchEvent(new PageTransitionEvent('pagehide', {persisted: false}));
  return true; }"""
FILLED_S = 0.5  # after typing: input handlers debounce (the Meta pixel's 300 ms) before they send
# Scrolls to the end and says how long ago the load event ended (ms), which the wait for late beacons counts.
SCROLL_SCRIPT = """() => { window.scrollTo(0, document.documentElement ? document.documentElement.scrollHeight : 0);
  const nav = performance.getEntriesByType("navigation")[0];
  return nav && nav.loadEventEnd > 0 ? Math.max(0, performance.now() - nav.loadEventEnd) : 0; }"""


async def _guard(step: Awaitable[T], seconds: float, problems: list[str], what: str) -> T | None:
    t0 = time.monotonic()
    try:
        return await asyncio.wait_for(step, seconds)
    except Exception as exc:  # a page that misbehaves must not stop the crawl
        problems.append(f"{what}: {type(exc).__name__}: {str(exc).strip()[:160]}")
        return None
    finally:
        _log.debug("%s took %.0f ms", what, (time.monotonic() - t0) * 1000)


def page_alive(page: Any, recorder: Any) -> bool:
    return not page.is_closed() and not (recorder is not None and recorder.crashed)


async def _responsive(page: Any, recorder: Any, notes: list[str]) -> bool:
    """Whether the renderer still runs scripts for us. A script still spinning (an endless loop) is stopped
    through DevTools so the page can be read; a renderer that answers nothing even then is stopped too,
    because it would block every other tab it carries and so the whole crawl."""
    if await _guard(page.evaluate(PROBE_SCRIPT), 2.0, [], "probe") is not None:
        return True
    stopped = recorder is not None and await recorder.stop_scripts()
    if stopped and await _guard(page.evaluate(PROBE_SCRIPT), 3.0, [], "probe") is not None:
        notes.append("the page did not answer for 2 s; its running scripts were interrupted")
        return True
    if not page_alive(page, recorder):
        return False
    notes.append("the page stopped responding and its renderer was stopped")
    if recorder is not None:
        await recorder.crash_renderer()
    return False


class _Unreadable(Exception):
    """The page cannot be read (its renderer is gone); what the network showed is still recorded."""


def _storage(raw: dict[str, Any] | None, phase: str, page_url: str, spider: SiteSpider) -> list[StorageItem]:
    if not raw or not raw.get("origin") or raw["origin"] == "null":
        return []
    origin = str(raw["origin"])
    party = spider.state.party(host_of(origin))
    items = [StorageItem(kind="local", key=str(k), origin=origin, phase=phase, party=party, value_length=int(n), page=page_url)
             for k, n in raw.get("local", [])]
    items += [StorageItem(kind="session", key=str(k), origin=origin, phase=phase, party=party, value_length=int(n), page=page_url)
              for k, n in raw.get("session", [])]
    items += [StorageItem(kind="indexeddb", key=str(name), origin=origin, phase=phase, party=party, page=page_url)
              for name in raw.get("indexeddb", [])]
    return items


async def _release(spider: SiteSpider, page: Any, recorder: Any, phase: str, problems: list[str]) -> None:
    """Hand the tab back for the next page of its phase (see ResolvingDownloadHandler). Leaving for
    about:blank first also runs what the page does when it is left."""
    if recorder is not None and not recorder.crashed and not page.is_closed():
        before = len(problems)
        # What a page sends as it is left (a session recorder flushing what was typed, on pagehide) never reaches
        # DevTools once the document is gone, so the page is told it is being left while it can still be recorded:
        # its own pagehide and visibilitychange handlers run, and what they send is waited for.
        if await _guard(page.evaluate(LEAVE_SCRIPT), 2.0, problems, "leave page") is not None:
            await _guard(recorder.network.settle(LEFT_S, floor_s=0.0, quiet_s=LEFT_S / 2, busy_s=1.0, probe=recorder.turn),
                         2.0, problems, "leave page")
        await _guard(page.goto("about:blank"), 5.0, problems, "leave page")
        spider.forget(page)
        await _guard(recorder.detach(page), 5.0, problems, "detach")
        if len(problems) == before and not page.is_closed() and spider.give_back(page, phase):
            return
    spider.forget(page)
    await _guard(page.close(), 5.0, problems, "close")


async def _late_beacons(spider: SiteSpider, page: Any, recorder: Any, since_load_s: float, notes: list[str],
                        what: str = "load", cap_s: float | None = None, floor_s: float = FLOOR_S) -> None:
    cap = spider.state.site.wait_after_load_ms / 1000 if cap_s is None else cap_s
    if recorder is None:
        await asyncio.sleep(cap)
        return
    waited = await recorder.network.settle(cap, since_load_s, floor_s=floor_s, probe=recorder.turn)
    _log.debug("late beacons: waited %.0f ms (%.0f ms after %s)", waited * 1000, (waited + since_load_s) * 1000, what)
    if recorder.network.cut_short:
        notes.append(f"network still busy {waited:.1f} s after {what}: {recorder.network.cut_short} request(s) "
                     "in flight were not waited for")


async def _consent(spider: SiteSpider, page: Any, recorder: Any, phase: str, problems: list[str], notes: list[str]) -> None:
    consent = spider.state.consent_module
    if consent is None or not hasattr(consent, "apply_choice"):
        return
    cfg = spider.state.site.consent
    outcome = await _guard(consent.apply_choice(page, phase, cfg), 30.0, problems, "consent")
    if outcome is not None:
        spider.emit({"t": "consent", "outcome": to_dict(outcome)})
        await _late_beacons(spider, page, recorder, 0.0, notes, "the consent click")  # what the choice loads


async def _observe(spider: SiteSpider, page: Any, problems: list[str]) -> None:
    """Whether the start page shows a consent banner to a first-time visitor; nothing is clicked."""
    consent = spider.state.consent_module
    if consent is not None and hasattr(consent, "observe"):
        outcome = await _guard(consent.observe(page, spider.state.site.consent), 8.0, problems, "consent")
        if outcome is not None:
            spider.emit({"t": "consent", "outcome": to_dict(outcome)})


async def read_page(spider: SiteSpider, url: str, meta: dict[str, Any], status: int | None, final_url: str,
                    error: str | None) -> list[str]:
    """Record the page; returns the links it shows (empty when it should not be followed)."""
    state, site = spider.state, spider.state.site
    phase, depth, first = meta["cs_phase"], meta["cs_depth"], meta.get("cs_first", False)
    page, recorder = meta.get("playwright_page"), meta.get("cs_recorder")
    problems: list[str] = []
    info: dict[str, Any] = {}
    storage: list[StorageItem] = []
    jar: list[dict[str, Any]] = []
    screenshot = None
    notes: list[str] = []  # faults worth the page record, beyond a step's time limit
    if page is not None and not page.is_closed():
        try:
            if error is not None:
                # The load did not finish: a navigation that never got its document has nothing to read (and no
                # renderer to judge); one that did may be stuck in a script.
                arrived = recorder.document() if recorder is not None else None
                if arrived is None or arrived.status is None or not await _responsive(page, recorder, notes):
                    raise _Unreadable
            else:
                # Scroll to the end, as a reader would: lazy-loaded embeds and scroll-depth beacons fire. A page
                # that cannot even scroll has its renderer judged.
                scrolled = await _guard(page.evaluate(SCROLL_SCRIPT), 5.0, problems, "scroll")
                if scrolled is None and not await _responsive(page, recorder, notes):
                    raise _Unreadable
                since_load = scrolled / 1000 if isinstance(scrolled, (int, float)) else 0.0
                await _late_beacons(spider, page, recorder, since_load, notes)
            if first and phase in ("accept", "reject"):
                await _consent(spider, page, recorder, phase, problems, notes)
            elif first and phase == "initial":
                await _observe(spider, page, problems)
            shown = await _guard(page.evaluate(PAGE_SCRIPT), _STEP_S, problems, "read page")
            if shown is None and not notes and page_alive(page, recorder):
                # A script that started spinning after load (on scroll, on a timer): stop it, read again.
                if not await _responsive(page, recorder, notes):
                    raise _Unreadable
                if notes:
                    shown = await _guard(page.evaluate(PAGE_SCRIPT), _STEP_S, problems, "read page")
                    if shown is not None:  # read after all: not a step that ran out of time
                        problems[:] = [p for p in problems if not p.startswith("read page:")]
            info = shown or {}
            leaks = state.leaks_module
            if info.get("forms") and leaks is not None and state.canaries is not None:
                if recorder is not None:
                    recorder.typed = True  # from the first keystroke on, even if filling runs out of time
                filled = await _guard(leaks.fill_forms(page, state.canaries, site.consent.submit_forms), 20.0, problems, "fill forms")
                if filled:  # what input/blur handlers send, however long the machine takes to run them
                    await _late_beacons(spider, page, recorder, 0.0, notes, "typing into forms", FILLED_S, FILLED_S)
            for frame in list(page.frames):
                raw = await _guard(frame.evaluate(STORAGE_SCRIPT), 5.0, problems, "storage")
                storage += _storage(raw, phase, url, spider)
            jar = await _guard(page.context.cookies(), _STEP_S, problems, "cookies") or []
            if site.screenshots:
                shots = spider.out_dir / "screenshots"
                shots.mkdir(exist_ok=True)
                name = f"{phase}-{spider.done + 1:04d}.png"
                if await _guard(page.screenshot(path=str(shots / name)), _STEP_S, problems, "screenshot") is not None:
                    screenshot = f"screenshots/{name}"
        except _Unreadable:
            pass
        finally:
            await _release(spider, page, recorder, phase, problems)
    headers = recorder.document_headers() if recorder else {}
    ctype = headers.get("content-type") or (str(info.get("contentType")) if info.get("contentType") else None)
    follow = True
    doc = recorder.document() if recorder else None
    if status is None and doc is not None and doc.status and error is not None:
        status = doc.status  # the response came, the load event did not
    if recorder is not None and recorder.crashed and not notes:
        error = f"the browser tab crashed ({error})" if error else "the browser tab crashed"
    if final_url and not spider.scope.in_site(final_url) and urlsplit(final_url).scheme in ("http", "https"):
        error, follow = error or f"redirected off-site to {final_url}", False
    if error is None and status is not None and status >= 400:
        error = f"HTTP {status}"
    if error is None and ctype and "html" not in ctype.lower():
        error, follow = f"not an HTML page ({ctype.split(';')[0]})", False
    late = [p.split(":")[0] for p in problems if ": TimeoutError" in p and p.split(":")[0] in _READ_STEPS]
    if late:
        notes.append(f"not read in time: {', '.join(late)}")
    if recorder is not None and recorder.truncated_at is not None:
        total = f" of {doc.size / 1e6:.1f} MB" if doc is not None and doc.size and doc.size > recorder.truncated_at else ""
        notes.insert(0, f"huge page: loading stopped after {recorder.truncated_at / 1e6:.1f} MB{total}, read truncated")
    elif doc is not None and doc.size and doc.size > HUGE_PAGE_BYTES:
        notes.insert(0, f"huge page ({doc.size / 1e6:.1f} MB)")
    # Pages that were still read (slow, huge, a runaway script stopped) keep their links followed.
    read = bool(info) and (error is None or error.startswith("timed out"))
    if notes:
        error = "; ".join([error, *notes] if error else notes)
    record = Page(url=url, status=status, phase=phase, final_url=final_url if final_url != url else None,
                  title=(info.get("title") or None), depth=depth, content_type=ctype, error=error, screenshot=screenshot,
                  load_ms=int((time.monotonic() - recorder.started) * 1000) if recorder else None)
    phase_state = state.phase(phase)
    requests = recorder.requests() if recorder else []
    forms = [build_form(f, url, phase) for f in info.get("forms", []) if f.get("fields")]
    spider.done += 1
    spider.phase_page_done(phase)
    if phase == spider.crawl_phase and error is None:
        spider.crawled.append((url, bool(forms)))
    spider.emit({
        "t": "page", "page": to_dict(record), "requests": [to_dict(r) for r in requests],
        "cookies": [to_dict(c) for c in phase_state.new_cookies(jar, url, state)],
        "storage": [to_dict(s) for s in storage], "forms": [to_dict(f) for f in forms],
        "fingerprinting": [to_dict(f) for f in (recorder.fingerprints if recorder else [])],
        "leaks": [to_dict(leak) for leak in (recorder.leaks if recorder else [])],
        "hsts": headers.get("strict-transport-security") if final_url.startswith("https://") else None,
    })
    for problem in problems:
        _log.info("%s [%s]: %s", url, phase, problem)
    spider.emit({"t": "progress", "done": spider.done, "total": spider.total_estimate(), "url": url, "phase": phase,
                 "error": error})
    if not follow or (error is not None and not read):
        return []
    return [str(link) for link in info.get("links", [])]
