"""The one shape of a claim: `make_claim` builds a Claim citing its sentence (or one clause of it) with the
qualifiers the patterns, the dependency frames and the learned fallback all read, and `claim_id` hashes its type,
polarity and text so a waiver that names a claim survives re-runs and edits elsewhere in the policy. The data,
recipient and purpose names of one sentence are searched once for all its claims.
"""

from __future__ import annotations

import hashlib
import re
from typing import Literal

from scanner.model import Claim
from scanner.policy.gates import names_in
from scanner.policy.lexicon import Lexicon
from scanner.policy.segment import Sentence


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def claim_id(kind: str, polarity: str, text: str) -> str:
    digest = hashlib.sha256(f"{kind}|{polarity}|{_fold(text)}".encode()).hexdigest()[:12]
    return f"{kind}-{digest}"


_NAMES_SEEN: dict[tuple[int, str], tuple[str, ...]] = {}


def cached_names(table: dict[str, re.Pattern[str]], text: str) -> tuple[str, ...]:
    # the claims of one sentence share its text: each table is searched once per sentence, not once per claim
    key = (id(table), text)
    found = _NAMES_SEEN.get(key)
    if found is None:
        if len(_NAMES_SEEN) > 4096:
            _NAMES_SEEN.clear()
        found = _NAMES_SEEN[key] = names_in(table, text)
    return found


def make_claim(kind: str, deny: bool, mode: str, cond: tuple[int, int] | None, raw: str, sent: Sentence, lex: Lexicon,
               main_text: str, source: str | None, bound: str | None = None, span: tuple[int, int] | None = None) -> Claim:
    """A claim citing its whole sentence (or, with `span`, one clause of it), its qualifiers read from the main
    clause: the one shape the patterns, the dependency frames and the learned fallback all emit."""
    polarity: Literal["affirm", "deny"] = "deny" if deny else "affirm"
    start, end, text = sent.start, sent.end, raw
    if span is not None:
        a, b = span
        while a < b and (raw[a] in " ,;:-\u2013\u2014" or raw[a].isspace()):
            a += 1
        start, end, text = sent.start + a, sent.start + b, raw[a:b]
    return Claim(
        id=claim_id(kind, polarity, text),
        type=kind,
        polarity=polarity,
        modality=mode,  # type: ignore[arg-type]
        text=text,
        start=start,
        end=end,
        data_types=cached_names(lex.data_types, main_text),
        recipients=cached_names(lex.recipients, main_text),
        purposes=cached_names(lex.purposes, main_text),
        section=sent.section,
        bound=bound,
        condition=" ".join(raw[cond[0] : cond[1]].split()).strip(" ,.") if cond else None,
        source=source,
    )
