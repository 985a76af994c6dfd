"""A request to a URL read from a setting named for another service does not go to a vendor. The
pii-to-vendor-api rules take every HTTP request in a file that names a vendor (a token, its client, the app's own
wrapper class named for it) as a request to that vendor. A request whose URL is a configuration read
(`config('Parking')->councilFeedUrl`, `config('services.crm.url')`, `settings.PERMIT_OFFICE_URL`,
`process.env.CRM_URL`, `ENV.fetch("LEDGER_URL")`, `os.environ["X_URL"]`, `AppConfig.get("insurer.base-url")`) names
its destination, and so does a client handed out by a service's name (`session("forge_supplier")`); when that name
holds none of the catalogue's vendor words, tokens or hosts nor a word for the kind of service vendors are (crm,
analytics, tracking, marketing, mail, sms...), the request goes elsewhere and the match is dropped
(a plain-http destination is insecure_transport's to report). An address written out is another service's when its
host holds none of the catalogue's vendor words. A call on the app's own wrapper (a module imported by name, an
instance of its own client class) is judged where the wrapper sends. Only pii_to_third_party matches of the
vendor-API rules are read, on the lines of the request call.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from scanner.code.configvalues import GENERIC, key_words, words
from scanner.code.filelines import FileLines
from scanner.code.sdkcatalogue import load
from scanner.code.semgrep import Match
from scanner.code.vendorcalls import bound_to_vendor
from scanner.code.wrappers import wrapper_call

_RULE = "pii-to-vendor-api-"
_READ = (r"(?:config\([^()]*\)\s*->\s*(?P<a>\w+)|(?:config|env|getenv|Configure::read)\(\s*['\"](?P<b>[\w.\-]+)"
         r"|(?:\w+\.)*(?:settings|process\.env|app\.config|config|cfg|conf)\s*(?:\.|\[\s*['\"])(?P<c>\w+)"
         r"|(?:ENV|os\.environ)(?:\.fetch|\.get)?[\[(]\s*['\"](?P<d>\w+)|os\.getenv\(\s*['\"](?P<e>\w+)"
         # (a configuration object's getter: `AppConfig.get("insurer.base-url")`, `props.getProperty("crm.url")`)
         r"|\w*(?:[Cc]onfig|[Ss]ettings|[Pp]rops|[Pp]roperties|[Ee]nv)\w*\s*(?:\.|->|::)\s*(?:get\w*|read|fetch|value)"
         r"\(\s*['\"](?P<f>[\w.\-]+))")
# The URL is the request's first argument, or comes after a context (Go's ctx) and an HTTP method.
_REQUEST = re.compile(r"(?:post|put|patch|request|fetch|send|get)\w*\(\s*(?:ctx\s*,\s*)?"
                      r"(?:(?:['\"][A-Za-z]+['\"]|http\.Method\w+)\s*,\s*)?" + _READ, re.I)
# (a getter in the payload, `guest.getFullName()`, is no request: the request is the call it is an argument of)
_CALL = re.compile(r"(?:[Pp]ost|POST|[Pp]ut|PUT|[Pp]atch|PATCH|[Rr]equest|REQUEST|[Ff]etch|[Ss]end|[Gg]et(?![A-Z_])|GET)\w*\(")
_RECEIVER = re.compile(r"(?<![\w$])(?P<n>[A-Za-z_]\w*)\s*(?:\.\s*(?:New|Clone)\(\s*\))?\s*\.\s*"
                       r"(?:post|put|patch|request|send|fetch)\w*\(")
# an address held by a constant, alone or as a template's base: post(SMS_GATEWAY, ...), got.post(`${CLUB_OFFICE}/x`)
_CONSTANT_URL = re.compile(r"""(?:post|put|patch|request|fetch|send)\w*\(\s*(?:[fF]?['"`](?:\$\{|#\{|\{))?"""
                           r"""(?:self\.|this\.|static::|self::)?(?P<k>[A-Z][A-Z0-9_]{2,})\b""")
# names of HTTP libraries and of clients in general: a request through one says nothing of where it goes
_LIBRARIES = frozenset({
    "got", "ky", "axios", "requests", "httpx", "niquests", "urllib3", "faraday", "httparty", "http", "https", "guzzle",
    "curl", "resty", "sling", "req", "superagent", "needle", "undici", "okhttp", "resttemplate", "webclient",
    "restclient", "httpclient", "client", "session", "conn", "this", "self", "api", "rest", "agent", "request",
    "typhoeus", "excon", "patron", "unirest", "retrofit", "feign", "aiohttp", "treq", "httpie", "urllib", "net",
    "browser", "page", "fetch", "wretch", "ofetch", "xhr", "jquery", "ajax", "symfony", "httplug", "transport",
    "async_client", "asyncclient", "_client", "_session", "_http", "sess", "cli", "hc", "httpc", "ctx", "app",
})
_URLISH = re.compile(r"(?i)url|uri|endpoint|host|base")
# a receiver named only for being a client says nothing of where it sends (`vendor_pool`, `outbound_http`)
_ANY_CLIENT = GENERIC | {"vendor", "vendors", "pool", "pools", "outbound", "external", "shared", "third", "party",
                         "integration", "integrations", "upstream", "api"}
# a lookup by key (`data.get("phone")`, `row.fetch('email')`) is no request: its argument is a field name
_LOOKUP = re.compile(r"""\.(?:get|fetch)\(\s*$""")
_KEY = re.compile(r"""\s*['"][\w\-]+['"]\s*[,)]""")
_BACK = 6
# the request's address written out: `newRequest("http://sms.tickwell-relay.example/api/send")`
_LITERAL_URL = re.compile(r"""(?:post|put|patch|request|fetch|send|get)\w*\(\s*(?:ctx\s*,\s*)?(?:['"][A-Za-z]+['"]\s*,\s*)?"""
                          r"""[fF]?['"`]https?://(?P<host>[\w.\-]+)""", re.I)
# a client a factory hands out by the name of its service: `session("planhat")`, `Http::session('twenty', [...])`
_NAMED_SESSION = re.compile(r"""(?<![\w$])[\w$]+\(\s*['"](?P<svc>[A-Za-z][\w\-.]*)['"]\s*(?:,[^()]*(?:\([^()]*\))?[^()]*)?\)"""
                            r"""\s*(?:\.|->|::)\s*(?:post|put|patch|request|send|fetch|get)\w*\(""", re.I)
_NEW = re.compile(r"\bnew\s+[\w.]+\s*\(")
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


@cache
def _catalogue_words() -> frozenset[str]:
    return _vendor_words() - frozenset(_KIND_WORDS)


def _named_elsewhere(name: str, vendor_words: frozenset[str] | None = None) -> bool:
    """Whether a name holds none of the vendor words (by default the catalogue's and the kinds of service)."""
    norm = re.sub(r"[^a-z0-9]", "", name.lower())
    return not any(w in norm for w in (_vendor_words() if vendor_words is None else vendor_words))


def _constant_elsewhere(lines: list[str], name: str) -> bool:
    """Whether a constant holds another service's address: the URL written in its assignment names no vendor (a
    `GA_COLLECT` holding google-analytics.com is the vendor's, a `CLUB_OFFICE` holding club-office.example is not);
    without one in the file, a name that says it is an address and names something else (`PARTNER_URL`)."""
    assigned = re.compile(rf"\b{re.escape(name)}\s*(?::[^=]*)?(?::=|=(?![=>]))\s*(?P<v>.+)")
    for text in lines:
        m = assigned.search(text)
        url = re.search(r"https?://([\w.\-]+)", m.group("v")) if m else None
        if url:
            return _named_elsewhere(url.group(1))
    words = key_words(name)
    return bool(_URLISH.search(name) and set(words) - GENERIC and _named_elsewhere(name))


def elsewhere(lines: list[str], line: int, path: Path | None = None) -> bool:
    """Whether the request around `line` (1-based) sends to a configured URL, a constant's address or through a
    client named for no vendor (and not built, in the file or the module it comes from, on a vendor's address)."""
    for text in reversed(lines[max(0, line - 1 - _BACK):line]):
        # (a constructor is no request: `new StringRequestContent("application/json", claim)` is its body)
        if not _CALL.search(_NEW.sub("(", text)):
            continue
        # a client bound to a name of its own (`rangeControl.post(...)`, `s.Council.New().Post(...)`) is that
        # service's: a vendor's client carries the vendor's name or its kind
        f = _NAMED_SESSION.search(text)
        # a client taken by a service's name (`session("forge_supplier").post(...)`) is that service's; one named
        # only for being a client (`app('http.vendors')`) leaves it to the address
        if f and set(words(f.group("svc"))) - _ANY_CLIENT:
            return _named_elsewhere(f.group("svc"))
        r = _RECEIVER.search(text)
        if r and path is not None and bound_to_vendor(path, lines, r.group("n")):
            return False  # `snap.post(...)` after `snap = axios.create({ baseURL: 'https://tr.snapchat.com/v3' })`
        if (r and r.group("n").lower() not in _LIBRARIES and len(r.group("n")) > 3 and _named_elsewhere(r.group("n"))
                and set(words(r.group("n"))) - _ANY_CLIENT):
            return True
        c = _CONSTANT_URL.search(text)
        if c and _constant_elsewhere(lines, c.group("k")):
            return True
        u = _LITERAL_URL.search(text)
        if u:  # an address written out names its service itself: the catalogue's vendors have their hosts known
            return _named_elsewhere(u.group("host"), _catalogue_words())
        m = _REQUEST.search(text)  # only the nearest request call counts, whatever its URL
        if not m:
            return False
        key = next(g for g in m.groups() if g)
        # a key made of address words only (`cfg['base_url']`) names no service: the file's vendor is its service
        if not _URLISH.search(key) or not set(words(key)) - GENERIC:
            return False
        return _named_elsewhere(key)
    return False


def _lookup(lines: list[str], m: Match) -> bool:
    """Whether the match is the key of a lookup (`data.get("phone")`) rather than an argument of a request."""
    text = lines[m.line - 1] if 0 < m.line <= len(lines) else ""
    col = m.column - 1
    return bool(_LOOKUP.search(text[:col]) and _KEY.match(text[col:]))


def gate(matches: tuple[Match, ...], files: FileLines | None = None,
         own: Callable[[str, str, Path], bool] | None = None) -> tuple[Match, ...]:
    """`own(receiver, method, file)`: whether a call is on an instance of the app's own client class that defines the
    method (scanner.code.vendorcalls.VendorCalls.own_method)."""
    files = files or FileLines()
    return tuple(m for m in matches if not _dropped(m, m.rule_id.rsplit(".", 1)[-1], files, own))


def _dropped(m: Match, rule: str, files: FileLines, own: Callable[[str, str, Path], bool] | None = None) -> bool:
    # a call into the app's own wrapper (`woopra.identify(guest)` after `from ..integrations import woopra`, or on
    # an instance of its `FreshchatService`) is judged where the wrapper sends
    if rule.startswith(("pii-to-third-party-", _RULE)) and wrapper_call(files.lines(m.path), m, own):
        return True
    return _RULE in rule and (elsewhere(files.lines(m.path), m.line, m.path) or _lookup(files.lines(m.path), m))


__all__ = ["elsewhere", "gate"]
