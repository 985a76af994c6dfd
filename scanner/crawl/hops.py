"""The recorder's raw material: one `Hop` per request (WebSocket connections included) as Chromium's DevTools
network events describe it, and the small readers those events need: the initiating script from a stack
trace, header names in lower case, and the POST body whether DevTools gives it as text or as base64 parts.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Hop:
    """One request as the DevTools events describe it, filled in as they arrive."""

    url: str
    method: str
    resource_type: str
    frame_url: str | None
    initiator: str | None
    headers: dict[str, str]
    body: bytes | None
    chain: tuple[str, ...] = ()
    status: int | None = None
    size: int | None = None
    resp_headers: dict[str, str] = field(default_factory=dict)
    failure: str | None = None
    frames: int | None = None  # WebSocket connections: frames sent and received


def initiator_of(data: dict[str, Any]) -> str | None:
    """The first script URL on the initiator's stack (async parents included), else its URL."""
    stack = data.get("stack")
    while stack:
        for frame in stack.get("callFrames", []):
            if frame.get("url"):
                return str(frame["url"])
        stack = stack.get("parent")
    url = data.get("url")
    return str(url) if url else None


def lower_headers(headers: dict[str, Any] | None) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in (headers or {}).items()}


def post_body(req: dict[str, Any]) -> bytes | None:
    if "postData" in req:
        return str(req["postData"]).encode("utf-8", errors="replace")
    entries = req.get("postDataEntries") or []
    if entries:
        return b"".join(base64.b64decode(e.get("bytes", "")) for e in entries)
    return None
