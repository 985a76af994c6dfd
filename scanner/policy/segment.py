"""Sections and sentences with exact character offsets. The text is first cut into blocks (paragraphs,
headings, list items with their wrapped continuation lines: scanner/policy/layout.py), then each block into sentences at terminal
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

from scanner.policy.layout import RULER, TABLE_SEP, blocks, leader_row
from scanner.resources import rules_dir


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    section: str | None
    heading: bool = False
    bullet: bool = False
    lead: int | None = None  # index of the sentence that introduces this list item ("We collect: - name ...")


_CAP = r"[A-Z][\w'\u2019&/-]*"
_RUN_IN = re.compile(
    rf"^(?:\d+(?:\.\d+)*\.?\s+)?{_CAP}(?:(?:\s+(?:{_CAP}|and|or|of|the|to|for|with|in|on|a|an|&|by|from|your|our)){{0,6}}\s+{_CAP})?\.$"
)
_BOLD_RUN_IN = re.compile(r"(\*\*|__)[^*_\n]{1,80}?[.:]\1")
# ...unless the bold lead is a statement of its own ("**Acme does not sell personal information.** Member data is
# never ..."): four or more words with a verb or a negation, not a question word's topic ("**What we collect.**")
_BOLD_STATEMENT = re.compile(
    r"^\W*(?!(?:what|how|why|when|where|who|which|whom)\b)(?=(?:\S+\s+){3})"
    r".*(?:\b(?:not|never|no|does|do|did|is|are|was|were|will|would|may|can|we|you)\b|n't\b)",
    re.I,
)
# a line that is only links ("[Cookies](#9-cookies)") or a contents section's entry names a topic, it says nothing
_LINKS_ONLY = re.compile(r"^[\W\d]*(?:\[[^\]]+\]\([^)]*\)[\W\d]*)+$")
_CONTENTS = re.compile(r"^\W*(?:table of )?contents\W*$|^\W*(?:in this (?:notice|policy)|index|sections?)\W*$", re.I)
_STOP = re.compile(r"[.!?]+[\"'\u2019\u201d)\]*_]*(?=\s+)")


@cache
def _segment_rules() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    with (rules_dir() / "claims" / "segment.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return frozenset(data["abbreviations"]), frozenset(data["may_end"]), frozenset(data["starters"])


# a table header that says what its rows state ("| Data | Kept for |"): then even short rows are statements
# (a "Source" column says where each row's data is collected from)
_SAYING_HEADER = re.compile(
    r"\b(?:kept|keep|retention|retained|retain|how long|storage period|deleted|collected|we collect|sources?)\b", re.I
)


def _table_header(text: str, start: int) -> str:
    """The header row of the table whose row starts at `start` (the line above its ruler), or ""."""
    lines = text[:start].splitlines()
    for j in range(len(lines) - 1, max(-1, len(lines) - 80), -1):
        if TABLE_SEP.match(lines[j]) or RULER.match(lines[j]):
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


# after "Ltd." a capitalised name and a finite verb open a new sentence: "... by Stripe Payments UK Ltd. Brightwater does not
# keep your card number" (but "Acme Ltd. and Beta Inc. receive" and "Acme Ltd. Group" do not)
_NAME_OPENS = re.compile(
    r"\s+[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2}\s+(?:does|do|did|is|are|was|were|will|may|can|could|would|has|have|had|never|also|only"
    r"|uses|collects|keeps|stores|receives|shares|sends|processes|sells|holds)\b"
)


_DOMAIN = re.compile(r"[a-z0-9][\w-]*(?:\.[a-z0-9][\w-]*)*\.(?:com|org|net|io|co|app|example|uk|de|eu|ca|au|nl|fr|info|gov|edu)\b")


_ANSWER_NO = re.compile(r"[\s*_>]*(?:A(?:nswer)?\s*\d*[.:)]\s*)?[*_]*No", re.I)


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
        # a FAQ's answer "No." before its explanation ends there (the abbreviation "No." is followed by a number)
        answer = token == "no" and not following[0].isdigit() and _ANSWER_NO.fullmatch(text[begin : m.start()])
        if text[m.start()] == "." and not answer:
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
    for start, end, heading, bullet in blocks(text):
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
                _RUN_IN.match(text[s:e]) is not None
                or (_BOLD_RUN_IN.fullmatch(text[s:e].strip()) is not None and not _BOLD_STATEMENT.match(text[s:e]))
            )
            # a contents entry, a line of links or a table row of short cells names topics only
            topic = contents or _LINKS_ONLY.match(text[s:e]) is not None or (k == 0 and len(spans) == 1 and _fragment_row(text, s, e))
            out.append(Sentence(s, e, section, heading=run_in or topic, bullet=bullet, lead=last_lead if bullet else None))
    return out
