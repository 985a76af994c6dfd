"""Sections and sentences with exact character offsets. The text is first cut into blocks (paragraphs,
headings, list items with their wrapped continuation lines), then each block into sentences at terminal
punctuation, unless the word before the stop is an abbreviation (rules/claims/segment.toml) or an initial
("U. S."). Headings become the section of the sentences under them. A hand-written splitter is used rather
than pysbd because pysbd splits wrapped bullet lines apart and costs ~70 ms per thousand words, which alone
would eat a third of the per-policy time budget.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from scanner.policy.layout import leader_row, wrapped_first_line
from scanner.resources import rules_dir


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    section: str | None
    heading: bool = False
    bullet: bool = False
    lead: int | None = None  # index of the sentence that introduces this list item ("We collect: - name ...")


_BULLET = re.compile(
    r"^[ \t]*(?:[-*+\u2022\u00b7\u25aa\u25e6\u2023\u2013\u25cf>]|\(?\d{1,2}[.)]|\(?[a-z][.)]"
    r"|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))[ \t]+(?=\S)"
)
_MD_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$")
_BOLD_LINE = re.compile(r"^[ \t]*(\*\*|__)(.+?)\1[ \t:]*$")
_SETEXT = re.compile(r"^[ \t]*(?:=+|-+)[ \t]*$")
_NUMBERED_HEADING = re.compile(r"^[ \t]*(?:(?:section|article|part)\s+)?(?:\d+(?:\.\d+)*\.?|[ivx]+\.|[a-z]\.)\s+[A-Z][^.!?]{0,80}$", re.I)
_CAP = r"[A-Z][\w'\u2019&/-]*"
_RUN_IN = re.compile(
    rf"^(?:\d+(?:\.\d+)*\.?\s+)?{_CAP}(?:(?:\s+(?:{_CAP}|and|or|of|the|to|for|with|in|on|a|an|&|by|from|your|our)){{0,6}}\s+{_CAP})?\.$"
)
# verbs that make a short line starting "Our ..." a sentence rather than a heading
_FINITE = frozenset(
    [
        "is", "are", "was", "were", "be", "been", "will", "would", "may", "might", "can", "could", "shall", "should", "must",
        "do", "does", "did", "has", "have", "had", "use", "uses", "used", "collect", "collects", "share", "shares", "keep",
        "keeps", "store", "stores", "need", "needs", "help", "helps", "send", "sends", "contain", "contains", "include",
        "includes", "apply", "applies", "protect", "protects",
    ]
)
_BOLD_RUN_IN = re.compile(r"(\*\*|__)[^*_\n]{1,80}?[.:]\1")
_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_TABLE_SEP = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?[ \t]*$")
# a fixed-width text table: a ruler of dashed columns under its header row, rows with wide gaps between cells
_RULER = re.compile(r"^[ \t]*-{3,}(?:[ \t]{2,}-{3,})+[ \t]*$")
_WIDE_ROW = re.compile(r"\S(?: {3,}|\t+)\S")
# a line that is only links ("[Cookies](#9-cookies)") or a contents section's entry names a topic, it says nothing
_LINKS_ONLY = re.compile(r"^[\W\d]*(?:\[[^\]]+\]\([^)]*\)[\W\d]*)+$")
_CONTENTS = re.compile(r"^\W*(?:table of )?contents\W*$|^\W*(?:in this (?:notice|policy)|index|sections?)\W*$", re.I)
_STOP = re.compile(r"[.!?]+[\"'\u2019\u201d)\]*_]*(?=\s+)")


@cache
def _segment_rules() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    with (rules_dir() / "claims" / "segment.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return frozenset(data["abbreviations"]), frozenset(data["may_end"]), frozenset(data["starters"])


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
        if _RULER.match(prev):
            return True
        if not prev.strip() or not _WIDE_ROW.search(prev.strip()):
            return False
    return False


# a table header that says what its rows state ("| Data | Kept for |"): then even short rows are statements
# (a "Source" column says where each row's data is collected from)
_SAYING_HEADER = re.compile(
    r"\b(?:kept|keep|retention|retained|retain|how long|storage period|deleted|collected|we collect|sources?)\b", re.I
)


def _table_header(text: str, start: int) -> str:
    """The header row of the table whose row starts at `start` (the line above its ruler), or ""."""
    lines = text[:start].splitlines()
    for j in range(len(lines) - 1, max(-1, len(lines) - 80), -1):
        if _TABLE_SEP.match(lines[j]) or _RULER.match(lines[j]):
            return lines[j - 1] if j else ""
        if not lines[j].strip():
            return ""
    return ""


def _fragment_row(text: str, start: int, end: int) -> bool:
    """A table row of short cells ("| Adobe Analytics | traffic measurement | 13 months |") names things, unless
    the header says what the rows state; a row with a sentence in a cell ("| What? | The types of information
    we collect depend on ...") may state something itself."""
    row = text[start:end]
    cells = row.strip().strip("|").split("|") if row.lstrip().startswith("|") else re.split(r" {3,}|\t+", row.strip())
    if len(cells) < 2 or max(len(c.split()) for c in cells) >= 8:
        return False
    return _SAYING_HEADER.search(_table_header(text, start)) is None


def _blocks(text: str) -> list[tuple[int, int, str | None, bool]]:
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
        if _RULER.match(line) or (_WIDE_ROW.search(line.strip()) and nxt is not None and _RULER.match(nxt)):
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
            if not _TABLE_SEP.match(line) and not (nxt is not None and _TABLE_SEP.match(nxt)):
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


# after "Ltd." a capitalised name and a finite verb open a new sentence: "... by Stripe Payments UK Ltd. Brightwater does not
# keep your card number" (but "Acme Ltd. and Beta Inc. receive" and "Acme Ltd. Group" do not)
_NAME_OPENS = re.compile(
    r"\s+[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2}\s+(?:does|do|did|is|are|was|were|will|may|can|could|would|has|have|had|never|also|only"
    r"|uses|collects|keeps|stores|receives|shares|sends|processes|sells|holds)\b"
)


_DOMAIN = re.compile(r"[a-z0-9][\w-]*(?:\.[a-z0-9][\w-]*)*\.(?:com|org|net|io|co|app|example|uk|de|eu|ca|au|nl|fr|info|gov|edu)\b")


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    abbreviations, may_end, starters = _segment_rules()
    spans, begin = [], start
    leader = leader_row(text[start:end])
    for m in _STOP.finditer(text, start, end):
        word = re.search(r"([\w.'-]+)$", text[begin : m.start()])
        token = (word.group(1) if word else "").lower().strip("'")
        nxt = re.match(r"\s+[\"'(\u201c*_]*(\S+)", text[m.end() : end])
        following = nxt.group(1) if nxt else ""
        if not following or (leader and m.group(0).startswith("...")):
            continue  # (a dotted leader joins a schedule row's label to its value: no stop)
        if text[m.start()] == ".":
            if (
                (token in abbreviations and token not in may_end)
                or (len(token) == 1 and token.isalpha())
                or re.fullmatch(r"(?:[a-z]\.)+[a-z]?", token)
            ):
                continue
            if token in may_end and following.strip(",;:").lower() not in starters and not _NAME_OPENS.match(text, m.end(), end):
                continue
        if not (following[0].isupper() or following[0].isdigit() or following[0] in "\"'(\u201c*_#-" or _DOMAIN.match(following)):
            continue  # (a web address opens a sentence in lower case: "... no cookies. example.com uses one session cookie")
        spans.append((begin, m.end()))
        begin = m.end() + (len(nxt.group(0)) - len(nxt.group(0).lstrip()) if nxt else 0)
    if begin < end:
        spans.append((begin, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def sentences(text: str) -> list[Sentence]:
    """Every sentence and heading of the text, in order, with its section."""
    out: list[Sentence] = []
    section: str | None = None
    last_lead: int | None = None
    contents = False
    for start, end, heading, bullet in _blocks(text):
        if heading is not None:
            contents = _CONTENTS.match(heading) is not None
            section = heading
            out.append(Sentence(start, end, section, heading=True))
            last_lead = None
            continue
        spans = _split(text, start, end)
        if not bullet:
            last_lead = len(out) + len(spans) - 1 if spans and text[spans[-1][0] : spans[-1][1]].rstrip().endswith(":") else None
        for k, (s, e) in enumerate(spans):
            # a run-in heading ("Cookies. The Forums use cookies ...") opens its paragraph and names a topic only
            run_in = k == 0 and len(spans) > 1 and not bullet and (
                _RUN_IN.match(text[s:e]) is not None or _BOLD_RUN_IN.fullmatch(text[s:e].strip()) is not None
            )
            # a contents entry, a line of links or a table row of short cells names topics only
            topic = contents or _LINKS_ONLY.match(text[s:e]) is not None or (k == 0 and len(spans) == 1 and _fragment_row(text, s, e))
            out.append(Sentence(s, e, section, heading=run_in or topic, bullet=bullet, lead=last_lead if bullet else None))
    return out
