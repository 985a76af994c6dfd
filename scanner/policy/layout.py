"""Line-level layout cues of plain-text policies that the block cutter of segment.py consults: whether a line that
looks like a heading is really the first line of a hard-wrapped paragraph, and whether a line is a row of a
dotted-leader schedule ("Helpline call recordings ........ 90 days"). Kept apart from segment.py so that its line
rules can grow without that module growing."""

from __future__ import annotations

import re

# label, a leader of dots, value: each such line is a row of its own, even without a blank between rows (a leader
# shortened to three dots by a long label needs a short value that ends no sentence, unlike a prose ellipsis)
_LEADER_ROW = re.compile(r"^[ \t]*\S[^.\n]*?\S(?:[ \t]*\.{4,}[ \t]*\S.*|[ \t]+\.{3}[ \t]+[^\n]{1,40}(?<![.!?]))$")
# a sentence stop inside the line followed by a capitalised word and more words: "2.1  Registered Users. Upon
# registration, Voltcairn collects the Registered" is a run-in heading and the start of a sentence, no heading
_INNER_STOP = re.compile(r"[a-z)][.!?][ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+\S+){2,}")
# a hard-wrapped line reaches most of a fixed text width; a heading of that length is rare
_WRAP_WIDTH = 55


def leader_row(line: str) -> bool:
    """Whether the line is a row of a dotted-leader table."""
    return _LEADER_ROW.match(line) is not None


def wrapped_first_line(line: str, next_line: str | None) -> bool:
    """Whether `line` begins a paragraph that goes on in `next_line` (so it is no heading): the next line goes on in
    lower case and is indented or the line is as long as a wrapped one ("8.1 Harrowgate maintains physical,
    organizational and technological / safeguards appropriate ..."), or the line holds the end of a run-in
    heading and the next line goes on with the sentence it opens."""
    following = (next_line or "").strip()
    if not following:
        return False
    if following[:1].islower() and ((next_line or "")[:1].isspace() or len(line.strip()) >= _WRAP_WIDTH):
        return True
    return _INNER_STOP.search(line.strip()) is not None and not following[:1].isdigit()
