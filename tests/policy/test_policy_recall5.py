"""Recall classes of the fifth pass, in wordings of our own: HTML content the extractor drops as boilerplate (a
cookie section, every section heading) is put back in place, while navigation before the content and entries of a
table of contents stay out."""

from __future__ import annotations

from pathlib import Path

from scanner.policy import read_text
from scanner.policy.text import load_file

PARA = "".join(
    f"<p>Paragraph {i}: we collect your name, email address and postal address when you open account number {i} with "
    "our shop online, and we use them to deliver your orders and to answer your questions about them.</p>"
    for i in range(12)
)


def test_html_section_dropped_as_cookie_banner_is_restored(tmp_path: Path) -> None:
    page = tmp_path / "policy.html"
    page.write_text(
        "<html><body><div class='top'><ul><li><a href='/'>Shop</a></li><li><a href='/blog'>Blog</a></li></ul></div>"
        "<main><h1>Privacy Policy</h1><aside><h2>Contents</h2><ol><li><a href='#c'>Cookies and Pixels</a></li></ol></aside>"
        f"<section id='data'><h2>1. Information we collect</h2>{PARA}</section>"
        "<section id='cookies'><h2>2. Cookies and Pixels</h2><p>Our website uses cookies and tracking pixels from "
        "Pixelbright Analytics to count visits to each page of the shop.</p></section>"
        f"<section id='rights'><h2>3. Your rights</h2>{PARA}</section></main></body></html>",
        encoding="utf-8",
    )
    text, _ = load_file(page)
    assert "Our website uses cookies and tracking pixels" in text
    assert text.index("2. Cookies and Pixels") < text.index("Our website uses cookies") < text.index("3. Your rights")
    assert "Blog" not in text and "- Cookies and Pixels" not in text  # navigation and contents entries stay out
    kinds = {c.type for c in read_text(text).claims}
    assert {"uses_cookies", "uses_web_beacons"} <= kinds
