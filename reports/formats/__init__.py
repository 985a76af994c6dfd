"""The registry of output formats, by name."""

from __future__ import annotations

from importlib import import_module

from reports.formats.interface import Format, FormatError

# name → "module:Class"; imported on demand so a JSON-only run never loads Jinja2.
_FORMATS = {
    "json": "reports.formats.json_format:JsonFormat",
    "html": "reports.formats.html:HtmlFormat",
    "sarif": "reports.formats.sarif:SarifFormat",
    "junit": "reports.formats.junit:JunitFormat",
    "markdown": "reports.formats.markdown:MarkdownFormat",
}

NAMES = tuple(_FORMATS)


def get_format(name: str) -> Format:
    if name not in _FORMATS:
        raise FormatError(f"unknown format {name!r}; use one of {', '.join(NAMES)}")
    module, cls = _FORMATS[name].split(":")
    fmt: Format = getattr(import_module(module), cls)()
    return fmt


__all__ = ["NAMES", "Format", "FormatError", "get_format"]
