"""Hard-wrapped sentences read as one line. A plain-text policy wrapped at a fixed width carries a line break and
the next line's indentation inside its sentences ("We do not connect web\\n      server log entries to ..."),
which the claim patterns, written for single spaces between words, do not cross. After segmentation (which needs
the lines) every white-space run holding a line break inside a sentence is squeezed to one space; the claims are
read on that text and their offsets and cited text mapped back, so a claim still indexes the policy as given.
Texts without such runs (most Markdown and HTML) are passed through untouched.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from scanner.model import Claim
from scanner.policy.segment import Sentence

_WRAP = re.compile(r"[ \t]*\r?\n[ \t\r\n]*")


@dataclasses.dataclass(frozen=True)
class Squeezed:
    """The squeezed text, its sentences, and where each of its characters sits in the original."""

    text: str
    sentences: tuple[Sentence, ...]
    origin: tuple[int, ...]  # squeezed offset -> original offset (one past the end maps to len(original))

    def claim(self, original: str, c: Claim) -> Claim:
        """The claim with offsets and cited text of the original."""
        start = self.origin[c.start]
        end = self.origin[c.end - 1] + 1 if c.end > c.start else start
        return dataclasses.replace(c, start=start, end=end, text=original[start:end])


def squeeze(text: str, sents: Sequence[Sentence]) -> Squeezed | None:
    """The text with line breaks inside sentences squeezed, or None when no sentence holds one."""
    runs = [m for s in sents if not s.heading for m in _WRAP.finditer(text, s.start, s.end) if s.start < m.start() and m.end() < s.end]
    if not runs:
        return None
    out: list[str] = []
    origin: list[int] = []
    forward = [0] * (len(text) + 1)
    pos = 0
    for m in runs:  # (sentences, hence their runs, come in text order and never overlap)
        for i in range(pos, m.start()):
            forward[i] = len(origin)
            origin.append(i)
        out.append(text[pos : m.start()])
        for i in range(m.start(), m.end()):
            forward[i] = len(origin)
        origin.append(m.start())
        out.append(" ")
        pos = m.end()
    for i in range(pos, len(text)):
        forward[i] = len(origin)
        origin.append(i)
    out.append(text[pos:])
    forward[len(text)] = len(origin)
    origin.append(len(text))
    moved = tuple(
        dataclasses.replace(s, start=forward[s.start], end=forward[s.end - 1] + 1 if s.end > s.start else forward[s.start])
        for s in sents
    )
    return Squeezed("".join(out), moved, tuple(origin))
