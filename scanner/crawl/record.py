"""Recording one page in one phase. A page-level DevTools session delivers every network event (request
with initiator and frame, redirects, raw response headers with Set-Cookie, sizes, failures, WebSocket
connections and frames) as it happens, so nothing is fetched back afterwards; site isolation is off in the
crawler's Chromium so iframes report through the same session. A main document past 10 MB is cut off there
(the browser keeps what it parsed). The init script reports document.cookie writes and fingerprinting
through a binding. The same session can interrupt a runaway script or, as a last resort, stop the renderer.
`requests()` turns it all into records once the reader is done with the page.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from typing import Any

from scanner.crawl.beacons import beacon_kind, decode_params, mask_cards
from scanner.crawl.hops import Hop, initiator_of, lower_headers, post_body
from scanner.crawl.parties import host_of, registrable_domain
from scanner.crawl.quiet import NetworkQuiet
from scanner.crawl.state import CrawlState, PhaseState
from scanner.crawl.vendors import is_tracking
from scanner.model import Fingerprinting, Leak, Request

HUGE_PAGE_BYTES = 10_000_000
TURN = "new Promise(resolve => setTimeout(resolve, 0))"
_INDEX = re.compile(r"\[\d+\]")


def _unindexed(parameter: str | None) -> str | None:
    """`events[4].value` -> `events[].value`: where a value sits in a batch depends on what else the batch held
    when it was flushed, which is timing, not the leak; the same leak keeps one identity on every scan."""
    return _INDEX.sub("[]", parameter) if parameter else parameter


class PageRecorder:
    """Attach before navigation; `records()` after the page has been read."""

    huge_page_bytes = HUGE_PAGE_BYTES

    def __init__(self, state: CrawlState, phase: PhaseState, url: str) -> None:
        self.state, self.phase, self.url = state, phase, url
        self.hops: list[Hop] = []
        self._open: dict[str, Hop] = {}
        self._ws: dict[str, str] = {}
        self._main_frame: str | None = None
        self._cdp: Any = None
        self.fingerprints: list[Fingerprinting] = []
        self.leaks: list[Leak] = []
        self.crashed = False
        self.started = time.monotonic()
        self.truncated_at: int | None = None  # bytes of the main document read before its loading was stopped
        self._doc_id: str | None = None
        self._doc_bytes = 0
        self._tasks: set[asyncio.Future[Any]] = set()
        self.network = NetworkQuiet()  # what the wait for late beacons watches
        self.typed = False  # the leak module typed canaries into this page's forms
        self._early: dict[str, dict[str, str]] = {}  # raw response headers that came before their request

    async def attach(self, page: Any) -> None:
        self._cdp = cdp = await page.context.new_cdp_session(page)
        cdp.on("Network.requestWillBeSent", self._on_request)
        cdp.on("Network.responseReceived", self._on_response)
        cdp.on("Network.responseReceivedExtraInfo", self._on_extra)
        cdp.on("Network.loadingFinished", self._on_finished)
        cdp.on("Network.loadingFailed", self._on_failed)
        cdp.on("Network.dataReceived", self._on_data)
        cdp.on("Network.webSocketCreated", self._on_ws_created)
        cdp.on("Network.webSocketWillSendHandshakeRequest", self._on_ws_handshake)
        cdp.on("Network.webSocketHandshakeResponseReceived", self._on_ws_response)
        cdp.on("Network.webSocketFrameSent", self._on_ws_sent)
        cdp.on("Network.webSocketFrameReceived", self._on_ws_received)
        cdp.on("Network.webSocketFrameError", self._on_ws_error)
        await cdp.send("Network.enable", {"maxPostDataSize": 65536})
        page.on("crash", self._on_crash)

    def _on_crash(self, _page: Any) -> None:
        self.crashed = True

    async def stop_scripts(self) -> bool:
        """Interrupt a script that holds the renderer (an endless loop): DevTools can stop it between two
        instructions, and the page then goes on loading and can be read. True when the command went through."""
        if self._cdp is None:
            return False
        try:
            await asyncio.wait_for(self._cdp.send("Runtime.terminateExecution"), 3.0)
            return True
        except Exception:
            return False

    async def turn(self) -> None:
        """One turn of the page's event loop, asked through the session that reports its network: whatever
        the page started before (a script a consent click inserted) has had its request events delivered on
        this session by the time the answer comes, which a request through another session cannot promise."""
        if self._cdp is not None:
            await self._cdp.send("Runtime.evaluate", {"expression": TURN, "awaitPromise": True})

    async def crash_renderer(self) -> None:
        """Last resort for a page that answers nothing: its renderer process may carry other tabs, which a
        busy renderer blocks too, so stopping it is what lets the crawl go on. No reply comes from a dead
        renderer, hence the short wait."""
        self.crashed = True
        if self._cdp is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._cdp.send("Page.crash"), 2.0)

    async def detach(self, page: Any) -> None:
        """Stop listening, so the tab can carry the next page of its phase."""
        page.remove_listener("crash", self._on_crash)
        if self._cdp is not None:
            await self._cdp.detach()
            self._cdp = None

    # -- DevTools events ----------------------------------------------------------------------------------
    def _on_request(self, e: dict[str, Any]) -> None:
        rid, req = e["requestId"], e["request"]
        chain: tuple[str, ...] = ()
        previous = self._open.get(rid)
        if previous is not None and e.get("redirectResponse"):
            redirect = e["redirectResponse"]
            previous.status = int(redirect.get("status") or 0) or None
            previous.resp_headers = lower_headers(redirect.get("headers"))
            chain = (*previous.chain, previous.url)
        url = str(req.get("url", ""))
        if url.startswith("data:"):
            return
        hop = Hop(url=url, method=str(req.get("method", "GET")), resource_type=str(e.get("type") or "Other").lower(),
                   frame_url=e.get("documentURL"), initiator=initiator_of(e.get("initiator") or {}),
                   headers=lower_headers(req.get("headers")), body=post_body(req), chain=chain)
        if hop.resource_type == "document":
            if self._main_frame is None:
                self._main_frame = e.get("frameId")
            elif e.get("frameId") != self._main_frame:
                hop.resource_type = "subdocument"
            if hop.resource_type == "document":
                self._doc_id, self._doc_bytes = rid, 0
        self.hops.append(hop)
        self._open[rid] = hop
        self.network.began(rid, hop.resource_type)
        early = self._early.pop(rid, None)
        if early is not None:
            self._apply_extra(hop, early)

    def _on_response(self, e: dict[str, Any]) -> None:
        hop = self._open.get(e["requestId"])
        if hop is not None:
            resp = e.get("response") or {}
            hop.status = int(resp.get("status") or 0) or None
            hop.resp_headers = {**lower_headers(resp.get("headers")), **hop.resp_headers}
            length = hop.resp_headers.get("content-length", "")
            if length.isdigit():
                hop.size = int(length)

    def _on_extra(self, e: dict[str, Any]) -> None:
        # DevTools may deliver a response's raw headers before the request event itself; they wait for
        # their request then, or their Set-Cookie lines would be credited to no URL.
        raw = lower_headers(e.get("headers"))
        hop = self._open.get(e["requestId"])
        if hop is None:
            self._early[e["requestId"]] = raw
        else:
            self._apply_extra(hop, raw)

    def _apply_extra(self, hop: Hop, raw: dict[str, str]) -> None:
        cookies = raw.get("set-cookie")
        if cookies:
            self.phase.note_header_cookies(cookies.split("\n"), hop.url, self.url)
        hop.resp_headers.update(raw)

    def _on_finished(self, e: dict[str, Any]) -> None:
        self.network.ended(e["requestId"])
        hop = self._open.get(e["requestId"])
        if hop is not None and hop.size is None:
            hop.size = int(e.get("encodedDataLength") or 0)

    def _on_data(self, e: dict[str, Any]) -> None:
        """Stop loading a main document past `huge_page_bytes`: the browser keeps what it parsed so far, so
        a 30 MB or endless page costs the renderer what a 10 MB one does, and is read truncated."""
        if e["requestId"] != self._doc_id or self.truncated_at is not None or self._cdp is None:
            return
        self._doc_bytes += int(e.get("dataLength") or 0)
        if self._doc_bytes > self.huge_page_bytes:
            self.truncated_at = self._doc_bytes
            task = asyncio.ensure_future(self._cdp.send("Page.stopLoading"))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    def _on_failed(self, e: dict[str, Any]) -> None:
        self.network.ended(e["requestId"])
        hop = self._open.get(e["requestId"])
        if hop is not None and not e.get("canceled"):
            hop.failure = str(e.get("blockedReason") or e.get("errorText") or "failed")

    # A WebSocket is a request of its own (resource type "websocket"), with its handshake's status and
    # cookies; frames are counted, and those sent to a third party are searched for leaks.
    def _on_ws_created(self, e: dict[str, Any]) -> None:
        url = str(e.get("url", ""))
        self._ws[e["requestId"]] = url
        hop = Hop(url=url, method="GET", resource_type="websocket", frame_url=None,
                   initiator=initiator_of(e.get("initiator") or {}), headers={}, body=None, frames=0)
        self.hops.append(hop)
        self._open[e["requestId"]] = hop

    def _on_ws_handshake(self, e: dict[str, Any]) -> None:
        hop = self._open.get(e["requestId"])
        if hop is not None:
            hop.headers = lower_headers((e.get("request") or {}).get("headers"))

    def _on_ws_response(self, e: dict[str, Any]) -> None:
        hop = self._open.get(e["requestId"])
        resp = e.get("response") or {}
        headers = lower_headers(resp.get("headers"))
        if hop is not None:
            hop.status = int(resp.get("status") or 0) or None
            hop.resp_headers = headers
        if headers.get("set-cookie"):
            self.phase.note_header_cookies(headers["set-cookie"].split("\n"), hop.url if hop else None, self.url)

    def _on_ws_error(self, e: dict[str, Any]) -> None:
        hop = self._open.get(e["requestId"])
        if hop is not None:
            hop.failure = str(e.get("errorMessage") or "WebSocket error")

    def _on_ws_received(self, e: dict[str, Any]) -> None:
        hop = self._open.get(e["requestId"])
        if hop is not None and hop.frames is not None:
            hop.frames += 1

    def _on_ws_sent(self, e: dict[str, Any]) -> None:
        self._on_ws_received(e)
        url = self._ws.get(e["requestId"])
        payload = str((e.get("response") or {}).get("payloadData", ""))
        party = self.state.party(host_of(url)) if url else "first"
        if url and payload and (party == "third" or self._search_own):
            self._leaks(url, "WEBSOCKET", {}, payload.encode("utf-8", errors="replace"), party)

    # -- binding reports ----------------------------------------------------------------------------------
    def on_report(self, data: dict[str, Any]) -> None:
        kind = data.get("kind")
        if kind == "cookie":
            domain = (data.get("domain") or data.get("host") or "").lstrip(".").lower()
            self.phase.note_script_cookie(str(data.get("name", "")), domain, data.get("script"), self.url)
        elif kind in ("canvas", "canvas_font", "font_probing"):
            self.fingerprints.append(Fingerprinting(kind=str(kind), script=data.get("script"), page=self.url,
                                                    phase=self.phase.name, detail=str(data.get("detail", ""))))

    # -- results ------------------------------------------------------------------------------------------
    @property
    def _search_own(self) -> bool:
        """First-party traffic is searched only on pages whose forms were typed into and never submitted: there
        the site's own endpoints receiving a typed value is key logging (its own session recorder, autosave);
        a submitted form's own action receiving it is the form working."""
        return self.typed and not self.state.site.consent.submit_forms

    def _leaks(self, url: str, method: str, headers: dict[str, str], body: bytes | None, party: str = "third") -> None:
        canaries, leaks = self.state.canaries, self.state.leaks_module
        if canaries is None or leaks is None:
            return
        try:
            hits = leaks.find_leaks(url, method, headers, body, canaries)
        except Exception:  # a matcher bug must not lose the page
            return
        host = host_of(url)
        vendor = self.state.attributor.vendor(host)
        for hit in hits:
            if party == "first" and hit.data_type == "search_query":
                continue  # the site's own search suggestions are what a search box is for
            self.leaks.append(Leak(data_type=hit.data_type, encoding=hit.encoding, site=registrable_domain(host),
                                   url=mask_cards(url)[:2000], phase=self.phase.name,
                                   organization=vendor.organization if vendor else None,
                                   location=hit.location, parameter=_unindexed(hit.parameter), page=self.url,
                                   before_submit=not self.state.site.consent.submit_forms,
                                   party="first" if party == "first" else "third"))

    def requests(self) -> list[Request]:
        out = []
        for hop in self.hops:
            host = host_of(hop.url)
            party = self.state.party(host)
            tracker = self.state.attributor.attribute(hop.url, host, party == "third", self.url, hop.resource_type)
            kind = beacon_kind(hop.resource_type, hop.method, hop.url, hop.headers, party == "third",
                               is_tracking(tracker), hop.status, hop.size, hop.resp_headers)
            params = decode_params(hop.url, hop.body, hop.headers.get("content-type")) if "?" in hop.url or hop.body else {}
            if hop.resource_type != "document" and (party == "third" or self._search_own):
                self._leaks(hop.url, hop.method, hop.headers, hop.body, party)
            out.append(Request(
                url=mask_cards(hop.url), method=hop.method, host=host, site=registrable_domain(host), party=party,
                resource_type=hop.resource_type, tracker=tracker, beacon=kind is not None, phase=self.phase.name,
                beacon_kind=kind, page=self.url, frame_url=hop.frame_url, initiator=hop.initiator, status=hop.status,
                size=hop.size, redirect_chain=tuple(mask_cards(u) for u in hop.chain), params=params, failure=hop.failure,
                websocket_frames=hop.frames,
            ))
        return out

    def document(self) -> Hop | None:
        """The last hop of the main document's redirect chain."""
        for hop in self.hops:
            if hop.resource_type == "document":
                last = hop
                for later in self.hops:
                    if later.chain and later.chain[0] == hop.url and later.resource_type == "document":
                        last = later
                return last
        return None

    def document_headers(self) -> dict[str, str]:
        doc = self.document()
        return doc.resp_headers if doc else {}
