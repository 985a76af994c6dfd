"""Main content of an HTML policy page as Markdown-ish text the reader can segment and cite: trafilatura
extracts the content (navigation and boilerplate dropped, headings kept as `#` lines so they become sections,
tables as `|` rows), a plain lxml walk of the same page is the fallback when the extractor keeps too little and the
source of what it wrongly drops. The extractor's Markdown escapes (`tf\\_sess`) are taken out, since a citation
must read as the page does, and table cells it empties (it discards cells that name a social network as share
buttons: a vendor table's "LinkedIn" or "Facebook") are filled back from the page's own rows.
"""

from __future__ import annotations

import re
from typing import Any

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+.!-])")  # Markdown escapes; `\|` stays: it is a pipe inside a table cell


def extract(html: str) -> str:
    import trafilatura

    try:
        extracted = (
            trafilatura.extract(
                html,
                output_format="markdown",
                include_formatting=True,
                include_links=False,
                include_comments=False,
                include_tables=True,
                favor_recall=True,
                deduplicate=False,
            )
            or ""
        )
    except Exception:  # trafilatura raises assorted parser errors on broken markup; the fallback copes
        extracted = ""
    root = _parse(html)
    if extracted and root is not None and "|" in extracted:
        extracted = _fill_cells(extracted, _rows(root))
    fallback = _lxml_text(root)
    # the extractor can mistake a policy's sections for boilerplate: keep whichever holds more of the words
    text = _restore(extracted, fallback) if len(extracted.split()) >= 0.9 * len(fallback.split()) else fallback
    text = re.sub(r"\*\*([^*\n]+)\*\*", r"\1", text)  # bold markers inside paragraphs only add noise
    text = _ESCAPE.sub(r"\1", text)
    return text.strip() + "\n" if text.strip() else ""


def _parse(html: str) -> Any:
    from lxml import html as lhtml  # type: ignore[import-untyped]

    try:
        return lhtml.fromstring(html)
    except Exception:  # lxml refuses empty or non-HTML documents
        return None


def _rows(root: Any) -> list[list[str]]:
    return [[" ".join(c.text_content().split()) for c in tr.xpath("./td|./th")] for tr in root.xpath("//tr")]


def _fill_cells(extracted: str, rows: list[list[str]]) -> str:
    """Each extracted table row with an empty cell takes the page's row of the same width whose other cells agree."""
    by_width: dict[int, list[list[str]]] = {}
    for row in rows:
        by_width.setdefault(len(row), []).append(row)
    out = []
    for line in extracted.split("\n"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.lstrip().startswith("|") else []
        if cells and any(not c for c in cells) and not all(set(c) <= set("-: ") for c in cells):
            keys = [_key(c) for c in cells]
            for row in by_width.get(len(cells), []):
                if any(row[i] for i, k in enumerate(keys) if not k) and all(_key(row[i]) == k for i, k in enumerate(keys) if k):
                    line = "| " + " | ".join(c.replace("|", "\\|") or " " for c in row) + " | "
                    break
        out.append(line)
    return "\n".join(out)


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _restore(extracted: str, fallback: str) -> str:
    """The extracted text with the blocks it dropped from the middle of the content put back in place: the extractor
    discards a `<section id="cookies">` as a cookie banner and can drop every heading of a page, and a
    policy's cookie section or its section headings are content. Blocks the lxml walk finds before the first or
    after the last block the extractor kept stay out (navigation and footers the walk did not recognise)."""
    flat: list[str] = []
    where: list[int] = []  # position in `extracted` of each character of `flat`
    for i, ch in enumerate(extracted):
        if ch.isalnum():
            flat.append(ch.lower())
            where.append(i)
    keyed = "".join(flat)
    inserts: list[tuple[int, str]] = []
    pending: list[str] = []
    pos, anchored = 0, False
    blocks = fallback.split("\n\n")
    headings = [_key(b) for b in blocks if b.startswith("#")]
    for block in blocks:
        full = _key(block)
        probe = full[:80]
        if not probe:
            continue
        at = keyed.find(probe, pos)
        if at < 0:
            # dropped, unless it is an entry of a table of contents (a list item naming a heading)
            if keyed.find(probe) < 0 and not (block.startswith("- ") and any(h != full and h.endswith(full) for h in headings)):
                pending.append(block)
            continue
        if len(full) < 60 and at - pos > 3:  # a short block (a table cell, a contents entry) that is found further on
            continue  # may be another one (the section heading it names): it anchors only where the last one ended
        if pending and anchored:
            line = extracted.rfind("\n", 0, where[at]) + 1
            while extracted.startswith("|", line) and line > 0:  # a table cell: before the table, not inside it
                line = extracted.rfind("\n", 0, line - 1) + 1
            inserts.append((line, "\n\n".join(pending) + "\n\n"))
        pending, anchored = [], True
        pos = at + (len(full) if keyed.startswith(full, at) else len(probe))
    for line, put_back in reversed(inserts):
        extracted = extracted[:line] + put_back + extracted[line:]
    return extracted


def _lxml_text(root: Any) -> str:
    if root is None:
        return ""
    for bad in root.xpath("//script|//style|//noscript|//nav|//header|//footer|//form|//template|//svg"):
        bad.drop_tree()
    lines: list[str] = []
    for el in root.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "dt", "dd", "pre", "blockquote"):
        if any(a.tag in ("li", "p", "td") for a in el.iterancestors()) and el.tag not in ("li",):
            continue
        text = " ".join(el.text_content().split())
        if not text:
            continue
        tag = str(el.tag)
        lines.append(("#" * int(tag[1]) + " " + text) if tag[0] == "h" and tag[1:].isdigit() else ("- " + text if tag == "li" else text))
    return "\n\n".join(lines)
