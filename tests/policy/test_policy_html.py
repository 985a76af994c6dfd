"""HTML policies become text a citation can quote: no Markdown escapes from the extractor, and table cells the
extractor empties (names of social networks, taken for share buttons) filled back from the page's own rows."""

from __future__ import annotations

from pathlib import Path

from scanner.policy import read_text
from scanner.policy.htmltext import extract
from scanner.policy.text import load_file

PAGE = """<html><head><title>Privacy at Orchard Lane</title></head><body>
<nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>
<main><h1>Privacy notice</h1>
<p>Orchard Lane uses cookies to keep you signed in and, with your consent, to measure and advertise.</p>
<h2>Cookies and similar technologies</h2>
<table><thead><tr><th>Cookie</th><th>Set by</th><th>Why</th><th>Kept for</th></tr></thead><tbody>
<tr><td>ol_session</td><td>Orchard Lane</td><td>Keeps you signed in</td><td>Session</td></tr>
<tr><td>_li_ads</td><td>LinkedIn</td><td>Advertising measurement</td><td>30 days</td></tr>
<tr><td>fb_px</td><td>Facebook</td><td>Advertising audiences</td><td>90 days</td></tr>
<tr><td>an_*</td><td>Plausibly Metrics</td><td>Visit counts</td><td>1 year</td></tr>
</tbody></table>
<p>We collect your email address and delivery address when you place an order with us.</p>
</main><footer>Orchard Lane Ltd</footer></body></html>"""


def test_table_cells_the_extractor_drops_are_filled_back() -> None:
    text = extract(PAGE)
    assert "| _li_ads | LinkedIn | Advertising measurement | 30 days |" in text
    assert "| fb_px | Facebook | Advertising audiences | 90 days |" in text
    assert "\nLinkedIn\n" not in text  # not also re-inserted as a stray paragraph after the table


def test_no_markdown_escapes_in_the_text() -> None:
    text = extract(PAGE)
    assert "\\" not in text
    assert "ol_session" in text and "an_*" in text


def test_a_claim_cites_the_row_as_the_page_shows_it(tmp_path: Path) -> None:
    page = tmp_path / "privacy.html"
    page.write_text(PAGE, encoding="utf-8")
    text, is_html = load_file(page)
    assert is_html
    cited = [c.text for c in read_text(text, str(page)).claims]
    assert not any("\\_" in c for c in cited)


def test_a_pipe_inside_a_cell_stays_escaped() -> None:
    page = PAGE.replace("<td>Visit counts</td>", "<td>Visits | pages</td>")
    assert "Visits \\| pages" in extract(page)
