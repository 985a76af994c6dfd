"""The HTML report for the security team: one self-contained file (inline CSS, JS and SVG; no CDN, works
offline and printed) rendered by Jinja2 with autoescape on. Site-controlled text only ever reaches the page
as escaped text, links are emitted only for http(s) URLs, and a Content-Security-Policy that allows just the
report's own script and style (by hash) keeps anything that slipped through from running."""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from reports.formats.interface import Format, FormatError
from reports.formats.view import ROW_CAP, build_view, chart, safe_href, status_line
from reports.mask import clip, mask_text
from scanner.model import ScanResult

TEMPLATES = Path(__file__).resolve().parent / "templates"


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


@cache
def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["clip"] = lambda text, limit=160: clip(str(text or ""), limit)
    env.filters["mask"] = lambda text: mask_text(str(text or ""))
    env.filters["href"] = safe_href
    env.filters["label"] = lambda text: str(text or "").replace("_", " ")
    return env


@cache
def _assets() -> tuple[str, str]:
    return (TEMPLATES / "report.css").read_text(encoding="utf-8"), (TEMPLATES / "report.js").read_text(encoding="utf-8")


class HtmlFormat(Format):
    name = "html"
    filename = "report.html"
    media_type = "text/html"

    def render(self, result: ScanResult) -> bytes:
        css, js = _assets()
        # Inline assets go in verbatim: they are ours, and the CSP below admits exactly these bytes.
        csp = (f"default-src 'none'; img-src data:; style-src {_sha256(css)}; script-src {_sha256(js)}; "
               "base-uri 'none'; form-action 'none'")
        view = build_view(result)
        try:
            html = _environment().get_template("report.html.j2").render(
                r=result, view=view, status=status_line(view), chart=chart(view.categories), css=Markup(css), js=Markup(js),
                csp=csp, row_cap=ROW_CAP)
        except Exception as exc:  # a template bug must name itself, not pass for a scan error
            raise FormatError(f"HTML template failed: {type(exc).__name__}: {exc}") from exc
        return html.encode("utf-8")
