"""Masking for every string a report prints. Collectors mask card numbers already; this is the second lock:
any run of 13–19 digits (spaces or dashes allowed between them) that passes the Luhn check is cut down to
its last four digits (separators kept) before it reaches a summary, a table cell or a SARIF message."""

from __future__ import annotations

import re

from scanner.cards import luhn, mask_run

_CANDIDATE = re.compile(r"(?<![0-9])(?:[0-9][ -]?){12,18}[0-9](?![0-9])")


def _mask(match: re.Match[str]) -> str:
    digits = re.sub(r"[^0-9]", "", match.group(0))
    if not 13 <= len(digits) <= 19 or not luhn(digits):
        return match.group(0)
    return mask_run(match.group(0))


def mask_text(text: str) -> str:
    """The text with every Luhn-valid card number masked to its last four digits."""
    return _CANDIDATE.sub(_mask, text) if text else text


def clip(text: str, limit: int = 160) -> str:
    """Masked and shortened for a table cell (the full record stays in result.json)."""
    text = mask_text(" ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"
