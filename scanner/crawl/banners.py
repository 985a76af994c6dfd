"""The generic consent-banner fallback and the checks that a choice took effect. A banner nothing else
knows is found by the accessible names of its buttons and links in the major EU languages (phrases in
rules/consent.toml), in the main frame, inside iframes and inside open shadow roots, and only where the
surrounding text or markup is about cookies or consent. `snapshot`/`changes` compare the cookie jar and web
storage before and after a click, and `gone` tells whether the clicked control (and so its banner) went away:
together they decide whether a choice was really made.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import tomllib
from dataclasses import dataclass
from functools import cache

from playwright.async_api import ElementHandle, Frame, Page

from scanner.resources import rules_dir

# Scores candidates in one pass per frame: lower score = earlier phrase in the list; ties go to DOM order.
_FIND = """([phrases, notAccept, context, hints]) => {
  const norm = s => (s || '').toLowerCase().replace(/\\s+/g, ' ')
    .replace(/^[\\s"'«»„“”‹›×✓✔→>!.:·-]+|[\\s"'«»„“”‹›×✓✔→>!.:·-]+$/g, '');
  const SEL = 'button, a, [role=button], [role=link], input[type=button], input[type=submit], [onclick], [tabindex]';
  const found = [];
  const walk = root => {
    for (const el of root.querySelectorAll(SEL)) found.push(el);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(document);
  const has = (text, words) => words.some(w => text.includes(w));
  const frameContext = window.top !== window && has(norm(document.body && document.body.innerText), context);
  const up = n => n.parentElement || (n.getRootNode && n.getRootNode().host) || null;
  const inContext = el => {
    if (frameContext) return true;
    let n = up(el);
    for (let depth = 0; n && depth < 10 && n !== document.body && n !== document.documentElement; depth++, n = up(n)) {
      const marks = norm([n.id, typeof n.className === 'string' ? n.className : '', n.getAttribute('aria-label'),
                          n.tagName].join(' '));
      if (has(marks, hints) || n.getAttribute('role') === 'dialog' || n.getAttribute('aria-modal') === 'true') return true;
      if (has(norm((n.textContent || '').slice(0, 5000)), context)) return true;
    }
    return false;
  };
  let best = null;
  for (const el of found) {
    const by = el.getAttribute('aria-labelledby');
    const labelled = by ? by.split(/\\s+/).map(id => (el.getRootNode().getElementById?.(id) || {}).textContent || '').join(' ') : '';
    const text = el.getAttribute('aria-label') || labelled || el.innerText || el.value || el.title || '';
    const name = norm(text);
    if (!name || name.length > 80 || has(name, notAccept)) continue;
    let score = null;
    phrases.forEach((p, i) => {
      if (score !== null) return;
      if (name === p) score = i;
      else if (name.startsWith(p + ' ') && name.split(' ').length - p.split(' ').length <= 3) score = i + 0.5;
    });
    if (score === null || (best && best.score <= score)) continue;
    const r = el.getBoundingClientRect();
    const visible = (el.checkVisibility ? el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}) : true)
                    && r.width > 0 && r.height > 0;
    if (visible && inContext(el)) best = {el, score, name: text.replace(/\\s+/g, ' ').trim()};
  }
  return best;
}"""


@dataclass(frozen=True)
class Candidate:
    frame: Frame
    element: ElementHandle
    name: str
    score: float


@cache
def phrases() -> dict[str, list[str]]:
    with (rules_dir() / "consent.toml").open("rb") as fh:
        data = tomllib.load(fh)["generic"]
    return {key: [str(v).lower() for v in data[key]] for key in ("accept", "reject", "not_accept", "context",
                                                                 "container_hints")}


async def _find_in(frame: Frame, choice: str) -> Candidate | None:
    words = phrases()
    args = [words[choice], words["not_accept"] if choice == "accept" else [], words["context"], words["container_hints"]]
    handle = await frame.evaluate_handle(_FIND, args)
    props = await handle.get_properties()  # empty for null: nothing found
    element = props["el"].as_element() if "el" in props else None
    if element is None:
        return None
    return Candidate(frame, element, str(await props["name"].json_value()), float(await props["score"].json_value()))


async def find_button(page: Page, choice: str, timeout_s: float = 3.0) -> Candidate | None:
    """The best accept/reject control on the page, main frame first, then iframes; None when there is none."""

    async def search(frame: Frame) -> Candidate | None:
        with contextlib.suppress(Exception):  # detached or cross-process frame that went away mid-search
            return await _find_in(frame, choice)
        return None

    frames = [f for f in page.frames if not f.is_detached()]
    try:
        found = await asyncio.wait_for(asyncio.gather(*(search(f) for f in frames)), timeout=timeout_s)
    except TimeoutError:
        return None
    candidates = [c for c in found if c is not None]
    return min(candidates, key=lambda c: (c.score, c.frame is not page.main_frame)) if candidates else None


async def snapshot(page: Page, frames: list[Frame] | None = None) -> dict[str, str]:
    """Cookies (name@domain) and web storage (origin keys) as a flat map of key → value."""
    state: dict[str, str] = {}
    with contextlib.suppress(Exception):
        for cookie in await page.context.cookies():
            state[f"cookie {cookie.get('name')}@{cookie.get('domain')}"] = str(cookie.get("value"))
    for frame in frames or [page.main_frame]:
        with contextlib.suppress(Exception):
            items = await frame.evaluate("""() => { const out = {};
              for (const [kind, s] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]])
                for (let i = 0; i < s.length; i++) out[kind + ' ' + location.origin + ' ' + s.key(i)] = s.getItem(s.key(i));
              return out; }""")
            state.update({str(k): str(v) for k, v in items.items()})
    return state


def changes(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """Keys that were added or changed (the consent record a CMP writes, and anything set because of it)."""
    return sorted(k for k, v in after.items() if before.get(k) != v)


async def gone(element: ElementHandle) -> bool:
    try:
        return not await element.is_visible()
    except Exception:  # detached, or its frame or page navigated: the control is gone
        return True


async def settle(page: Page, before: dict[str, str], element: ElementHandle | None, frames: list[Frame],
                 wait_s: float = 2.5) -> tuple[bool, list[str]]:
    """Poll until the banner is gone and consent state changed, or `wait_s` passes; (gone, changed keys)."""
    until = time.monotonic() + wait_s
    while True:
        closed = await gone(element) if element is not None else False
        changed = changes(before, await snapshot(page, [f for f in frames if not f.is_detached()]))
        if (changed and (closed or element is None)) or time.monotonic() >= until:
            return closed, changed
        await asyncio.sleep(0.2)
