"""Keys a logger's own configuration masks. Mature code often redacts at the logger rather than at the call: pino's
`redact: { paths: ['password', 'card.number'] }`, a structlog processor that overwrites `MASKED_KEYS =
{"password", "card_number"}` in the event dict, a slog `ReplaceAttr` that replaces `masked[a.Key]`, a Monolog
processor or a logging filter walking a `REDACT` list. A log call that passes personal or card data only as the
values of such keys (`log.info("deposit", stay_id=s, card_number=body.card_number)`, `log.Info("hold", "cvc",
hold.CVC)`) writes the mask, not the value. Here the masked keys are read from the collections of quoted key names
bound, in a file that configures logging, to a name that says it masks (mask, redact, sensitive, scrub, censor,
filter, secret) or given as pino's `redact`, per project (scanner.code.projects); and a log finding is dropped when
nothing personal is left on its line once the masked keys and their values are taken away. Nested paths
(`card.number`) cover only what is logged under their first key by that very path; a key masked for one project
says nothing of another's loggers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from scanner.code.chains import call_end
from scanner.code.configvalues import CODE
from scanner.code.filelines import FileLines
from scanner.code.payloads import kinds
from scanner.code.semgrep import Match

_CATEGORIES = ("pii_logging", "card_data_logging")
# a file that configures a logger: where a masking list is the logger's, not an audit helper's or a form's
_CONFIGURES = re.compile(r"structlog\.configure|ReplaceAttr|\bpino\s*\(|\bredact\s*:|\bdictConfig\b|\bLOGGING\s*=|"
                         r"logging\.Filter\b|addFilter\(|pushProcessor\(|ProcessorInterface|->tap\(|"
                         r"logstash|MaskingConverter|PatternLayout|zap\.New|zerolog\.|logrus\.")
_MASKING_NAME = r"\w*(?i:mask|redact|sensitive|scrub|censor|filter|secret|hidden|private)\w*"
# a collection bound to a masking name: Python set/list/tuple/frozenset, JS/PHP array, Go map or slice literal
_BOUND = re.compile(rf"(?:^|[\s(,])(?:(?:const|let|var|final|static|private|public)\s+)*\$?({_MASKING_NAME})\s*"
                    rf"(?::\s*[\w\[\].<>, |]+)?(?::=|=(?![=>]))\s*"
                    r"(?:map\[string\]\w+|\[\]string|frozenset\(|set\(|tuple\(|array\(|\w*\s*)?\s*[\[{(]", re.M)
_REDACT = re.compile(r"\bredact\s*:\s*(?:\{\s*paths\s*:\s*)?\[")
_QUOTED = re.compile(r"""['"]([\w.*-]+)['"]""")
# a key and its value on a log call's line: kwargs and object keys (`card_number=...`, `cvc: ...`, `'pan' => ...`)
# and Go's or SLF4J's key-value arguments (`"cvc", hold.CVC`)
_VALUE = r"""((?:[^,()\[\]{}]|\([^()]*\)|\[[^\[\]]*\])+)"""
_PAIRS = (re.compile(r"""(?<![\w.])['"]?([A-Za-z_][\w-]*)['"]?\s*(?:=(?![=>])|:(?!:)|=>)\s*""" + _VALUE),
          re.compile(r"""(?<![\w.])['"]([A-Za-z_][\w-]*)['"]\s*,\s*""" + _VALUE))


@dataclass
class Redaction:
    """The logger-masked keys of each project of a tree."""

    masked: dict[str, set[str]] = field(default_factory=dict)

    def observe(self, rel: str, text: str, project: str) -> None:
        if not rel.endswith(CODE) or not _CONFIGURES.search(text):
            return
        keys = self.masked.setdefault(project, set())
        for m in (*_BOUND.finditer(text), *_REDACT.finditer(text)):
            found = [k.lower() for k in _QUOTED.findall(text[m.end() - 1:call_end(text, m.end() - 1)])]
            if len(found) >= 2:  # a list of one is a flag or a name, not a masking list
                keys.update(found)

    def gate(self, matches: tuple[Match, ...], files: FileLines,
             project_of: Callable[[Path], str] | None = None) -> tuple[Match, ...]:
        """The matches less the log findings whose line logs personal or card data only under masked keys."""
        if not any(self.masked.values()):
            return matches
        out: list[Match] = []
        for m in matches:
            keys = self.masked.get(project_of(m.path) if project_of else "", set())
            if keys and m.metadata.get("category") in _CATEGORIES and m.line == m.end_line and _covered(
                    files.lines(m.path)[m.line - 1] if m.line <= len(files.lines(m.path)) else "", keys):
                continue
            out.append(m)
        return tuple(out)


def _covered(line: str, keys: set[str]) -> bool:
    """Whether every personal value of a log line is the value of a masked key (and one is)."""
    rest, masked = line, False
    for pairs in _PAIRS:  # keyword and object pairs first: `"login", password=x` is no key-value pair of "login"
        for pair in pairs.finditer(rest):
            if pair.group(1).lower() in keys:
                rest = rest.replace(pair.group(0), " ")
                masked = True
    return masked and not kinds(rest)


__all__ = ["Redaction"]
