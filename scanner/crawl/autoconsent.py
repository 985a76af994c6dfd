"""A bridge to DuckDuckGo's autoconsent (npm `@duckduckgo/autoconsent`, MPL-2.0, used unmodified from
node_modules): its Playwright content-script bundle is evaluated in every frame of the page, and this module
plays the part its docs give the "background": it answers each frame's `init` with the config and the rules
that can run in that frame, runs `eval` requests, and collects the frame's reports. The config never lets
autoconsent act on its own (no autoAction, no heuristics, no cosmetic hiding: hiding a banner is not a
choice); once a frame reports `popupFound`, we send it `optIn` or `optOut` and wait for the result and, where
the CMP rule has one, its self-test. Every wait has a deadline, so a page without a CMP costs about two
seconds. The package is found under $COMPLIANCE_SCAN_AUTOCONSENT or the repository's node_modules.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import time
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from playwright.async_api import Frame, Page

from scanner.resources import PACKAGE_DIR

ENV = "COMPLIANCE_SCAN_AUTOCONSENT"
PACKAGE = Path("@duckduckgo") / "autoconsent"
BUNDLE = Path("dist") / "autoconsent.playwright.js"
RULES = Path("rules") / "rules.json"
DETECT_S = 5.0  # a CMP script already on the page is found on the first or second detection pass
PASS_S = 0.4  # time for one detection pass over the rules
POPUP_S = 3.5  # autoconsent polls a detected CMP's popup every 500 ms
SELFTEST_S = 2.0


@dataclass(frozen=True)
class AutoconsentResult:
    available: bool
    cmp: str | None = None  # the rule that recognised the page
    popup: bool = False  # a visible banner of that CMP
    done: bool = False  # the opt-in/opt-out steps ran to completion
    self_test: bool | None = None  # the rule's own check of the stored choice, when it has one
    detail: str = ""


def find_package() -> Path | None:
    """The autoconsent package directory: $COMPLIANCE_SCAN_AUTOCONSENT (the package itself, a node_modules
    directory, or a directory holding node_modules), else node_modules beside the scanner or in the cwd."""
    configured = os.environ.get(ENV)
    roots = [Path(configured)] if configured else [PACKAGE_DIR.parent, Path.cwd()]  # an explicit path is final
    for root in roots:
        for candidate in (root, root / PACKAGE, root / "node_modules" / PACKAGE):
            if (candidate / BUNDLE).is_file() and (candidate / RULES).is_file():
                return candidate
    return None


@dataclass(frozen=True)
class _Rule:
    body: dict[str, Any]
    main: bool
    frame: bool
    pattern: re.Pattern[str] | None


@cache
def _load(package: Path) -> tuple[str, tuple[_Rule, ...]]:
    script = (package / BUNDLE).read_text(encoding="utf-8")
    rules = []
    for body in json.loads((package / RULES).read_text(encoding="utf-8"))["autoconsent"]:
        ctx = body.get("runContext") or {}
        try:
            pattern = re.compile(ctx["urlPattern"]) if ctx.get("urlPattern") else None
        except re.error:
            pattern = None  # a JavaScript-only regex: let the content script decide
        rules.append(_Rule(body, ctx.get("main", True) is not False, bool(ctx.get("frame", False)), pattern))
    return script, tuple(rules)


def _rules_for(rules: tuple[_Rule, ...], url: str, main: bool) -> list[dict[str, Any]]:
    """The rules that may run in a frame, as the package's own filter does: frame kind, then URL pattern."""
    return [r.body for r in rules if (r.main if main else r.frame) and (r.pattern is None or r.pattern.search(url))]


_CONFIG: dict[str, Any] = {
    "enabled": True, "autoAction": None, "disabledCmps": [], "enablePrehide": False, "enableCosmeticRules": False,
    "enableGeneratedRules": True, "detectRetries": 20, "isMainWorld": True, "enableHeuristicDetection": False,
    "heuristicMode": "off", "visualTest": False,
    "logs": {k: False for k in ("lifecycle", "rulesteps", "detectionsteps", "evals", "errors", "messages", "waits")},
}


class _Bridge:
    """Per page: the exposed binding's receiving end and the messages each frame sent."""

    def __init__(self, script: str, rules: tuple[_Rule, ...]) -> None:
        self.script, self.rules = script, rules
        self.messages: list[tuple[Frame, dict[str, Any]]] = []
        self.changed = asyncio.Event()
        self.tasks: set[asyncio.Task[Any]] = set()
        self.cut: dict[Frame, int] = {}
        self.second_pass = 0.0  # when the main frame's content script began its second detection pass

    def spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _send(self, frame: Frame, message: dict[str, Any]) -> None:
        with contextlib.suppress(Exception):  # the frame navigated or detached: nothing to answer
            await frame.evaluate("m => window.autoconsentReceiveMessage && window.autoconsentReceiveMessage(m)", message)

    async def _eval(self, frame: Frame, message: dict[str, Any]) -> None:
        try:
            result = bool(await frame.evaluate(message.get("code", "false")))
        except Exception:
            result = False
        await self._send(frame, {"type": "evalResp", "id": message.get("id"), "result": result})

    async def receive(self, source: dict[str, Any], message: Any) -> None:
        if not isinstance(message, dict):
            return
        frame: Frame = source["frame"]
        kind = message.get("type")
        if kind == "init":
            rules = _rules_for(self.rules, frame.url, frame.parent_frame is None)
            self.spawn(self._send(frame, {"type": "initResp", "config": _CONFIG, "rules": {"autoconsent": rules}}))
        elif kind == "eval":
            self.spawn(self._eval(frame, message))
        elif kind == "report":
            if frame.parent_frame is None and (message.get("state") or {}).get("findCmpAttempts", 0) >= 2:
                self.second_pass = self.second_pass or time.monotonic()
        else:
            self.messages.append((frame, message))
            self.changed.set()

    async def inject(self, frame: Frame) -> None:
        with contextlib.suppress(Exception):
            await frame.evaluate(self.script)

    def forget(self, frame: Frame) -> None:
        self.cut[frame] = len(self.messages)  # what this frame said before it navigated no longer holds
        if frame.parent_frame is None:
            self.second_pass = 0.0

    def _live(self, since: int) -> Iterator[tuple[Frame, dict[str, Any]]]:
        for i in range(since, len(self.messages)):
            source, message = self.messages[i]
            if i >= self.cut.get(source, 0) and not source.is_detached():
                yield source, message

    def find(self, kind: str, frame: Frame | None = None, since: int = 0) -> dict[str, Any] | None:
        return next((m for f, m in self._live(since) if m.get("type") == kind and frame in (None, f)), None)

    def frame_of(self, kind: str) -> Frame | None:
        return next((f for f, m in self._live(0) if m.get("type") == kind), None)

    async def wait(self, predicate: Any, until: float) -> bool:
        while not predicate():
            remaining = until - time.monotonic()
            if remaining <= 0:
                return False
            self.changed.clear()
            with contextlib.suppress(asyncio.TimeoutError):  # wake up now and then: reports set no event
                await asyncio.wait_for(self.changed.wait(), timeout=min(remaining, 0.1))
        return True


_BRIDGES: weakref.WeakKeyDictionary[Page, _Bridge] = weakref.WeakKeyDictionary()


async def _bridge(page: Page, package: Path) -> _Bridge:
    bridge = _BRIDGES.get(page)
    if bridge is None:
        script, rules = _load(package)
        bridge = _Bridge(script, rules)
        page.on("framenavigated", bridge.forget)  # a new document starts without a banner or a CMP
        await page.expose_binding("autoconsentSendMessage", bridge.receive)
        _BRIDGES[page] = bridge
    return bridge


async def run_autoconsent(page: Page, action: str | None, budget_s: float = 12.0) -> AutoconsentResult:
    """Detect a CMP banner and, when `action` is "optIn" or "optOut", make that choice through its rule."""
    package = find_package()
    if package is None:
        return AutoconsentResult(False, detail=f"autoconsent is not installed (run `npm install` in the repository "
                                               f"or set {ENV}); used the generic fallback only")
    start = time.monotonic()
    deadline = start + budget_s
    bridge = await _bridge(page, package)
    popup_frame = bridge.frame_of("popupFound")
    if popup_frame is None:  # not yet injected into this document (or nothing found there last time)

        def on_frame(frame: Frame) -> None:
            bridge.spawn(bridge.inject(frame))

        page.on("framenavigated", on_frame)
        try:
            await asyncio.wait([asyncio.ensure_future(bridge.inject(f)) for f in page.frames], timeout=3.0)
            # Detection ends at the first CMP found, or shortly after the second pass began without one (a third
            # pass waits for DOM changes); DETECT_S caps it when the page is too busy to report.
            await bridge.wait(lambda: bridge.find("cmpDetected") is not None or (
                bridge.second_pass > 0 and time.monotonic() > bridge.second_pass + PASS_S), min(deadline, start + DETECT_S))
            if bridge.find("cmpDetected") is not None:
                await bridge.wait(lambda: bridge.find("popupFound") is not None, min(deadline, time.monotonic() + POPUP_S))
        finally:
            page.remove_listener("framenavigated", on_frame)
        popup_frame = bridge.frame_of("popupFound")
    detected = bridge.find("cmpDetected")
    if popup_frame is None:
        name = detected["cmp"] if detected else None
        why = f"CMP {name} present but showed no banner" if name else "no CMP known to autoconsent"
        return AutoconsentResult(True, cmp=name, detail=why)
    found = bridge.find("popupFound", popup_frame) or {}
    cmp = str(found.get("cmp"))
    if action is None:
        return AutoconsentResult(True, cmp=cmp, popup=True, detail=f"autoconsent found the {cmp} banner")
    mark = len(bridge.messages)
    result_kind = "optInResult" if action == "optIn" else "optOutResult"
    bridge.spawn(bridge._send(popup_frame, {"type": action}))
    await bridge.wait(lambda: bridge.find(result_kind, since=mark) is not None, deadline)
    result = bridge.find(result_kind, since=mark)
    if result is None:
        return AutoconsentResult(True, cmp, True, detail=f"autoconsent's {action} for {cmp} did not finish in time")
    if not result.get("result"):
        return AutoconsentResult(True, cmp, True, detail=f"autoconsent's {action} steps for {cmp} failed")
    await bridge.wait(lambda: bridge.find("autoconsentDone", since=mark) is not None, min(deadline, time.monotonic() + 1.0))
    if bridge.find("autoconsentDone", since=mark) is None:
        return AutoconsentResult(True, cmp, True, detail=f"{cmp} is a multi-step CMP; autoconsent ran only its first step")
    self_test: bool | None = None
    if result.get("scheduleSelfTest") and not popup_frame.is_detached():
        mark = len(bridge.messages)
        bridge.spawn(bridge._send(popup_frame, {"type": "selfTest"}))
        await bridge.wait(lambda: bridge.find("selfTestResult", since=mark) is not None,
                          min(deadline, time.monotonic() + SELFTEST_S))
        tested = bridge.find("selfTestResult", since=mark)
        self_test = None if tested is None else bool(tested.get("result"))
    return AutoconsentResult(True, cmp, True, done=True, self_test=self_test,
                             detail=f"autoconsent ran {action} for {cmp}")
