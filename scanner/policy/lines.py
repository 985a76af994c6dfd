"""Lines that name a topic and state no practice: a run-in heading opening its paragraph ("**Device and log
data.** Our servers log ...") and a short line of its own without end punctuation (an unmarked heading, a
table-of-contents entry, a purpose in a numbered list). Both are verbless by the dependency parser's tags; a
determiner denial ("No tracking pixels") still states a practice. The claim rules and the learned fallback ask the
same question of the same lines, so the parse is cached."""

from __future__ import annotations

import re
from functools import lru_cache

from scanner.policy.layout import leader_row
from scanner.policy.segment import Sentence

_LABEL_VERB = re.compile(
    r"\b(?:we|you|they|it|is|are|was|were|be|been|do|does|did|will|would|may|might|can|could|must|should|has|have|had)\b"
    r"|n't\b|\b(?:we|you)'"
)


def run_in_heading(text: str, sent: Sentence) -> bool:
    """A run-in heading: a short verbless phrase that opens its line and is followed on the same line by the
    paragraph it heads ("**Device and log data.** Our servers log ...", "- Advertising partners. We allow ...").
    It names a topic; the claim is the paragraph's. A determiner denial ("No advertising cookies.") still states
    one, and a short sentence with a finite verb ("Our website uses cookies.") is no heading."""
    raw = text[sent.start : sent.end].strip()
    words = re.findall(r"[\w'-]+", raw)
    if not words or len(words) > 6 or not raw.rstrip("*_ ").endswith((".", ":")) or _LABEL_VERB.search(raw.lower()):
        return False
    if re.match(r"\W*(?:no|none|never|not)\b", raw.lower()):
        return False
    line_start = text.rfind("\n", 0, sent.start) + 1
    if text[line_start : sent.start].strip(" \t-*+>#0123456789.()") != "":
        return False  # it does not open its line
    if re.match(r"[*_]*[ \t]+[\"'(\[]?[A-Z0-9]", text[sent.end : sent.end + 200]) is None:
        return False
    return _verbless(raw.strip("*_ "))


def title_line(text: str, sent: Sentence) -> bool:
    """A short line of its own without end punctuation or a finite verb: a heading the segmenter did not mark, a
    table-of-contents entry or a purpose name in a numbered list ("7. Cookies and similar technologies", "3. Create
    profiles for personalised advertising"). It names a topic; a determiner denial ("No tracking pixels") still
    states one."""
    raw = text[sent.start : sent.end].strip()
    words = re.findall(r"[\w'-]+", raw)
    if not words or len(words) > 8 or raw.rstrip("*_ ").endswith((".", ":", ";", "!", "?", ",")) or _LABEL_VERB.search(raw.lower()):
        return False
    if raw.startswith("|") or leader_row(raw):
        # a table row: the segmenter has judged it by its header ("| Data | Source |" rows state); a dotted-leader
        # schedule row ("CCTV recordings ........ 31 days") pairs a topic with its value
        return False
    if re.match(r"\W*(?:no|none|never|not)\b", raw.lower()):
        return False
    line_start = text.rfind("\n", 0, sent.start) + 1
    line_end = text.find("\n", sent.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start : sent.start].strip(" \t-*+>#0123456789.()") != "" or text[sent.end : line_end].strip(" \t*_") != "":
        return False  # not a line of its own
    return _verbless(raw.strip("*_ "))


@lru_cache(maxsize=4096)
def _verbless(phrase: str) -> bool:
    """No finite verb in the parse (the rules and the learned fallback ask about the same lines: parsed once)."""
    from scanner.policy.depparse import nlp

    return not any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in nlp()(phrase))
