"""A request to a URL read from a setting named for another service does not go to a vendor. The
pii-to-vendor-api rules take every HTTP request in a file that names a vendor (a token, its client, the app's own
wrapper class named for it) as a request to that vendor. A request whose URL is a configuration read
(`config('Parking')->councilFeedUrl`, `config('services.crm.url')`, `settings.PERMIT_OFFICE_URL`,
`process.env.CRM_URL`, `ENV.fetch("LEDGER_URL")`, `os.environ["X_URL"]`) names its destination; when that name
holds none of the catalogue's vendor words, tokens or hosts nor a word for the kind of service vendors are (crm,
analytics, tracking, marketing, mail, sms...), the request goes elsewhere and the match is dropped
(a plain-http destination is insecure_transport's to report). Only pii_to_third_party matches of the vendor-API
rules are read, on the lines of the request call.
"""

from __future__ import annotations

import re
from functools import cache

from scanner.code.filelines import FileLines
from scanner.code.sdkcatalogue import load
from scanner.code.semgrep import Match

_RULE = "pii-to-vendor-api-"
_READ = (r"(?:config\([^()]*\)\s*->\s*(?P<a>\w+)|(?:config|env|getenv|Configure::read)\(\s*['\"](?P<b>[\w.\-]+)"
         r"|(?:\w+\.)*(?:settings|process\.env|app\.config|config|cfg|conf)\s*(?:\.|\[\s*['\"])(?P<c>\w+)"
         r"|(?:ENV|os\.environ)(?:\.fetch|\.get)?[\[(]\s*['\"](?P<d>\w+)|os\.getenv\(\s*['\"](?P<e>\w+))")
# The URL is the request's first argument, or comes after a context (Go's ctx) and an HTTP method.
_REQUEST = re.compile(r"(?:post|put|patch|request|fetch|send|get)\w*\(\s*(?:ctx\s*,\s*)?"
                      r"(?:(?:['\"][A-Za-z]+['\"]|http\.Method\w+)\s*,\s*)?" + _READ, re.I)
_CALL = re.compile(r"(?i)(?:post|put|patch|request|fetch|send|get)\w*\(")
_URLISH = re.compile(r"(?i)url|uri|endpoint|host|base")
_BACK = 6
# Words that name the kind of service a vendor is (a CRM_URL in a HubSpot client is HubSpot's): such a key stays.
_KIND_WORDS = ("crm", "analytics", "track", "event", "marketing", "mail", "sms", "push", "ads", "pixel", "conversion",
               "cdp", "support", "helpdesk", "ticket", "messag", "notif", "campaign", "audience", "contact", "lead",
               "telemetry", "sentry", "error", "segment", "insight")


@cache
def _vendor_words() -> frozenset[str]:
    words: set[str] = set(_KIND_WORDS)
    for v in load().vendors:
        for w in (*v.words, *v.tokens, *v.hosts):
            norm = re.sub(r"[^a-z0-9]", "", w.lower())
            if len(norm) > 2:
                words.add(norm)
    return frozenset(words)


def elsewhere(lines: list[str], line: int) -> bool:
    """Whether the request around `line` (1-based) sends to a configured URL named for no vendor."""
    for text in reversed(lines[max(0, line - 1 - _BACK):line]):
        if not _CALL.search(text):
            continue
        m = _REQUEST.search(text)  # only the nearest request call counts, whatever its URL
        if not m:
            return False
        key = next(g for g in m.groups() if g)
        if not _URLISH.search(key):
            return False
        norm = re.sub(r"[^a-z0-9]", "", key.lower())
        return not any(w in norm for w in _vendor_words())
    return False


def gate(matches: tuple[Match, ...], files: FileLines | None = None) -> tuple[Match, ...]:
    files = files or FileLines()
    return tuple(m for m in matches
                 if _RULE not in m.rule_id.rsplit(".", 1)[-1] or not elsewhere(files.lines(m.path), m.line))


__all__ = ["elsewhere", "gate"]
