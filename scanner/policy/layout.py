"""The block cutter of the policy reader: cuts a policy's text into blocks (paragraphs with their wrapped lines,
headings, list items, Markdown and fixed-width table rows, dotted-leader schedule rows), each with its offsets,
its heading text when it is one, and whether it is a list item. Its line-level cues live here too: whether a line
that looks like a heading is really the first line of a hard-wrapped paragraph, and whether a line is a row of a
dotted-leader schedule ("Helpline call recordings ........ 90 days"). segment.py then cuts each block into
sentences; the two were one module until the layout rules outgrew it."""

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
# a line that ends on a word no heading ends on goes on below ("5.1  Signals sent over the dual-path service are
# encrypted with / AES-256 between the system and ...")
_DANGLING = re.compile(
    r"\b(?:with|and|or|nor|the|of|to|a|an|by|for|in|on|that|which|who|are|is|was|were|be|our|your|their|its|from|as|at"
    r"|than|such|any|each|not|may|will|can|must|shall)$",
    re.I,
)


def leader_row(line: str) -> bool:
    """Whether the line is a row of a dotted-leader table."""
    return _LEADER_ROW.match(line) is not None


def wrapped_first_line(line: str, next_line: str | None) -> bool:
    """Whether `line` begins a paragraph that goes on in `next_line` (so it is no heading): the next line goes on in
    lower case and is indented or the line is as long as a wrapped one or ends on a function word ("8.1 Harrowgate maintains physical,
    organizational and technological / safeguards appropriate ..."), or the line holds the end of a run-in
    heading and the next line goes on with the sentence it opens."""
    following = (next_line or "").strip()
    if not following:
        return False
    if following[:1].islower() and ((next_line or "")[:1].isspace() or len(line.strip()) >= _WRAP_WIDTH):
        return True
    # a hanging indent goes on under a long numbered line that stops mid-sentence ("4.3 Card details are sent ...
    # using / ____TLS encryption.")
    if (next_line or "")[:1].isspace() and len(line.strip()) >= _WRAP_WIDTH and line.rstrip()[-1:].isalpha():
        return True
    if _DANGLING.search(line.strip()) and not following.startswith(("#", "-", "*", "|")):
        return True
    return _INNER_STOP.search(line.strip()) is not None and not following[:1].isdigit()


_BULLET = re.compile(
    r"^[ \t]*(?:[-*+\u2022\u00b7\u25aa\u25e6\u2023\u2013\u25cf>]|\(?\d{1,2}[.)]|\(?[a-z][.)]"
    r"|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))[ \t]+(?=\S)"
)
_MD_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$")
_BOLD_LINE = re.compile(r"^[ \t]*(\*\*|__)(.+?)\1[ \t:]*$")
_SETEXT = re.compile(r"^[ \t]*(?:=+|-+)[ \t]*$")
_NUMBERED_HEADING = re.compile(r"^[ \t]*(?:(?:section|article|part)\s+)?(?:\d+(?:\.\d+)*\.?|[ivx]+\.|[a-z]\.)\s+[A-Z][^.!?]{0,80}$", re.I)
# verbs that make a short line starting "Our ..." a sentence rather than a heading
_FINITE = frozenset(
    [
        "is", "are", "was", "were", "be", "been", "will", "would", "may", "might", "can", "could", "shall", "should", "must",
        "do", "does", "did", "has", "have", "had", "use", "uses", "used", "collect", "collects", "share", "shares", "keep",
        "keeps", "store", "stores", "need", "needs", "help", "helps", "send", "sends", "contain", "contains", "include",
        "includes", "apply", "applies", "protect", "protects",
    ]
)
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
TABLE_SEP = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?[ \t]*$")
# a fixed-width text table: a ruler of dashed columns under its header row, rows with wide gaps between cells
RULER = re.compile(r"^[ \t]*-{3,}(?:[ \t]{2,}-{3,})+[ \t]*$")
_WIDE_ROW = re.compile(r"\S(?: {3,}|\t+)\S")


def _is_heading(line: str, prev_blank: bool, next_line: str | None) -> str | None:
    """The heading text when `line` is a heading, else None."""
    m = _MD_HEADING.match(line)
    if m:
        return m.group(2).strip("*_ ")
    m = _BOLD_LINE.match(line)
    if m and len(m.group(2)) < 120:
        return m.group(2).strip()
    stripped = line.strip()
    if next_line is not None and _SETEXT.match(next_line) and stripped:
        return stripped
    if not stripped or len(stripped) > 90 or stripped[-1] in ".,;:!)" or not prev_blank or ":" in stripped:
        return None
    # a hard-wrapped paragraph goes on below ("5.2  Analytics cookies placed by X, which measures visits / and page
    # performance ..."): its first line is no heading, numbered or not (scanner/policy/layout.py)
    if wrapped_first_line(line, next_line):
        return None
    words = stripped.split()
    if _BULLET.match(line):  # "1. INFORMATION WE COLLECT" is a heading, "1. we collect your name" an item
        titled = [w for w in words[1:] if w[0].isalpha() and len(w) > 3]
        return stripped if titled and (stripped.isupper() or all(w[0].isupper() for w in titled)) else None
    if len(words) > 12 or (not stripped[0].isupper() and not stripped[0].isdigit()):
        return None
    capitalised = sum(w[0].isupper() for w in words if w[0].isalpha() and len(w) > 3)
    long_words = sum(w[0].isalpha() and len(w) > 3 for w in words)
    if (
        stripped.isupper()
        or _NUMBERED_HEADING.match(stripped)
        or stripped.endswith("?")
        or (long_words and capitalised >= long_words * 0.6)
    ):
        return stripped
    # a short line standing alone before a paragraph ("How we use your data") reads as a heading too
    first = words[0].lower()
    # "We use cookies" standing alone is a sentence; "Our website and cookies" is a heading unless a verb shows
    pronoun = first in ("we", "you", "they", "it", "i") or (
        first in ("our", "this", "these", "your", "no", "all") and any(w.lower().strip(",;") in _FINITE for w in words[1:])
    )
    return stripped if len(words) <= 8 and not pronoun and (next_line is None or not next_line.strip() or next_line[:1].isupper()) else None


def _is_row_after_ruler(lines: list[str], i: int) -> bool:
    """Whether line i belongs to the body of a fixed-width table (rows run down to the ruler without a blank)."""
    for j in range(i - 1, max(-1, i - 60), -1):
        prev = lines[j].rstrip("\r\n")
        if RULER.match(prev):
            return True
        if not prev.strip() or not _WIDE_ROW.search(prev.strip()):
            return False
    return False


def blocks(text: str) -> list[tuple[int, int, str | None, bool]]:
    """(start, end, heading text or None, is_bullet) for each block, in order."""
    lines = text.splitlines(keepends=True)
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line)
    blocks: list[tuple[int, int, str | None, bool]] = []
    cur: list[int] | None = None  # [start, end, is_bullet]
    prev_blank = True

    def close() -> None:  # the paragraph or list item being gathered ends
        nonlocal cur
        if cur:
            blocks.append((cur[0], cur[1], None, bool(cur[2])))
            cur = None

    def alone(start: int, line: str, heading: str | None = None) -> None:  # the line is a block of its own
        blocks.append((start + len(line) - len(line.lstrip()), start + len(line.rstrip()), heading, False))

    for i, raw in enumerate(lines):
        line = raw.rstrip("\r\n")
        start = offsets[i]
        nxt = lines[i + 1].rstrip("\r\n") if i + 1 < len(lines) else None
        if not line.strip() or (_SETEXT.match(line) and i and blocks and blocks[-1][2] is not None):
            close()
            prev_blank = True
            continue
        if RULER.match(line) or (_WIDE_ROW.search(line.strip()) and nxt is not None and RULER.match(nxt)):
            # the header row of a fixed-width table and its ruler carry no claim; its rows follow as blocks
            close()
            prev_blank = False
            continue
        if blocks and cur is None and not prev_blank and _WIDE_ROW.search(line.strip()) and _is_row_after_ruler(lines, i):
            alone(start, line)
            continue
        if leader_row(line):
            # a dotted-leader schedule: every row is a block of its own, wrapped onto no neighbour
            close()
            alone(start, line)
            prev_blank = False
            continue
        if _TABLE_ROW.match(line):
            # a Markdown table: every row is a block of its own; the header row and the rule under it carry no claim
            close()
            if not TABLE_SEP.match(line) and not (nxt is not None and TABLE_SEP.match(nxt)):
                alone(start, line)
            prev_blank = False
            continue
        heading = _is_heading(line, prev_blank or cur is None, nxt)
        if heading is not None:
            close()
            alone(start, line, heading)
        elif marker := _BULLET.match(line):
            close()
            cur = [start + marker.end(), start + len(line.rstrip()), 1]
        elif cur is None:
            cur = [start + len(line) - len(line.lstrip()), start + len(line.rstrip()), 0]
        else:
            cur[1] = start + len(line.rstrip())
        prev_blank = False
    close()
    return blocks
