"""Typing canary values into a page's forms the way a person would, so that scripts listening to keystrokes,
`input`, `change` or `blur` (session replay, "advanced matching" pixels, form-abandonment trackers) see them.
Each visible field in every frame (open shadow DOM included) is described in one round trip, classified by
its autocomplete token, type, name, id, placeholder and label text (keywords in rules/consent.toml), then
focused and typed into with real key events and blurred. Payment fields are never touched. Submission happens
only when asked (staging sites); everything runs against a deadline and a page that navigates away just ends
the run early.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
import tomllib
from functools import cache
from typing import TYPE_CHECKING, Any

from scanner.resources import rules_dir

if TYPE_CHECKING:
    from playwright.async_api import ElementHandle, Frame, Page

    from scanner.crawl.leaks import Canaries

_FIELDS = "input, textarea"
_SKIP_TYPES = {"hidden", "submit", "button", "reset", "image", "file", "checkbox", "radio", "range", "color",
               "number"}
# Search boxes get the scan's search term: search-as-you-type services see every keystroke (Blacklight counts
# that as key logging). Only type=search and the usual query names; other "search" words stay never-fill.
_SEARCH_NAMES = {"q", "query", "s", "search", "keyword", "keywords", "searchterm", "search_query", "search-query"}

# One round trip describes every candidate field: what a person would read next to it, and whether it shows.
_DESCRIBE = """els => els.map(e => {
  const visible = e.checkVisibility ? e.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})
                                    : !!(e.offsetWidth || e.offsetHeight);
  const root = e.getRootNode();
  let label = '';
  if (e.id && root.querySelector) {
    const l = root.querySelector('label[for="' + CSS.escape(e.id) + '"]');
    if (l) label = l.innerText;
  }
  if (!label && e.closest('label')) label = e.closest('label').innerText;
  const by = e.getAttribute('aria-labelledby');
  if (!label && by && root.getElementById) {
    label = by.split(/\\s+/).map(id => (root.getElementById(id) || {}).innerText || '').join(' ');
  }
  return {tag: e.tagName.toLowerCase(), type: (e.getAttribute('type') || 'text').toLowerCase(),
          name: e.getAttribute('name') || '', id: e.id || '', autocomplete: e.getAttribute('autocomplete') || '',
          placeholder: e.getAttribute('placeholder') || '', aria: e.getAttribute('aria-label') || '',
          label: (label || '').slice(0, 200), visible: visible && !e.disabled && !e.readOnly,
          inForm: !!e.form};
})"""


@cache
def _rules() -> dict[str, Any]:
    with (rules_dir() / "consent.toml").open("rb") as fh:
        return tomllib.load(fh)["fields"]  # type: ignore[no-any-return]


def field_kind(desc: dict[str, Any]) -> str | None:
    """The canary kind a field takes, or None when its data type cannot be told (or must not be filled)."""
    rules = _rules()
    ftype = str(desc.get("type", "text"))
    if ftype in _SKIP_TYPES:
        return None
    tokens = str(desc.get("autocomplete", "")).lower().split()
    if any(t.startswith("cc-") for t in tokens):
        return None
    if ftype == "search" or (ftype == "text" and not tokens and (
            str(desc.get("name", "")).lower() in _SEARCH_NAMES or str(desc.get("id", "")).lower() in _SEARCH_NAMES)):
        return "search"
    for token in reversed(tokens):  # the last token is the field name; earlier ones are section/shipping hints
        if token in rules["autocomplete"]:
            return str(rules["autocomplete"][token])
    words = " ".join(str(desc.get(k, "")) for k in ("name", "id", "placeholder", "aria", "label")).lower()
    if re.search(rules["never"], words):
        return None
    if ftype == "email":
        return "email"
    if ftype == "tel":
        return "phone"
    if ftype == "password":
        return "password"
    if ftype == "date":
        return "date_of_birth" if re.search(rules["kinds"]["date_of_birth"], words) else None
    for kind, pattern in rules["kinds"].items():
        if re.search(pattern, words):
            return str(kind)
    # Any other text box (company, subject, message, a chat input) gets a neutral word, as Blacklight types
    # into every text input: what a key logger ships is caught even where no personal data type is known.
    return "text" if ftype == "text" else None


async def _type_into(page: Page, handle: ElementHandle, value: str, ftype: str) -> bool:
    if ftype == "date":  # a date control has no text to type into; fill() sets it and fires input/change
        await handle.fill(value, timeout=1000)
        return True
    try:
        await handle.click(timeout=1000)
    except Exception:  # covered by a banner or an overlay: focus still gives the field the key events
        await handle.focus()
    await handle.evaluate("e => { if (e.select) e.select(); }")
    await page.keyboard.press("Backspace")
    await page.keyboard.type(value)
    await handle.evaluate("e => e.blur()")
    return True


async def _fill_frame(page: Page, frame: Frame, canaries: Canaries, deadline: float,
                      forms: list[ElementHandle]) -> int:
    handles = await frame.query_selector_all(_FIELDS)
    if not handles:
        return 0
    descs = await frame.evaluate(_DESCRIBE, handles)
    filled = 0
    for handle, desc in zip(handles, descs, strict=False):
        if time.monotonic() > deadline:
            break
        kind = field_kind(desc) if desc["visible"] else None
        value = canaries.value(kind) if kind else None
        if value is None:
            continue
        try:
            if await _type_into(page, handle, value, desc["type"]):
                filled += 1
            if kind == "search":  # typed for what search-as-you-type sends; never submitted (it would navigate)
                continue
            form = await handle.evaluate_handle("e => e.form")
            element = form.as_element()
            if element is not None:
                forms.append(element)
        except Exception:  # detached, navigated, or not editable after all: the next field may still work
            continue
    return filled


async def _submit(forms: list[ElementHandle]) -> None:
    seen: set[str] = set()
    for form in forms:
        try:
            key = await form.evaluate("f => f.action + '|' + Array.from(document.forms).indexOf(f)")
            if key in seen:
                continue
            seen.add(key)
            button = await form.query_selector("button[type=submit], input[type=submit], button:not([type])")
            if button is not None:
                await button.click(timeout=2000)
            else:
                await form.evaluate("f => f.requestSubmit ? f.requestSubmit() : f.submit()")
        except Exception:  # the first submission navigated away: the other forms are gone with the page
            return


async def fill_forms(page: Page, canaries: Canaries, submit: bool, timeout_s: float = 10.0) -> int:
    """Type canaries into every visible field whose personal data type can be told, in every frame; submit
    the forms only when `submit` is true. Returns how many fields were filled; never raises."""
    deadline = time.monotonic() + timeout_s
    forms: list[ElementHandle] = []
    filled = 0

    async def run() -> None:
        nonlocal filled
        for frame in list(page.frames):
            if time.monotonic() > deadline:
                break
            try:
                filled += await _fill_frame(page, frame, canaries, deadline, forms)
            except Exception:  # a frame that detached or navigated while we read it
                continue
        if submit and forms:
            await _submit(forms)

    with contextlib.suppress(Exception):  # timeout or a closed page: report what was filled so far
        await asyncio.wait_for(run(), timeout=max(0.1, deadline - time.monotonic()))
    return filled
