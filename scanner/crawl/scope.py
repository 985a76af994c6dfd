"""Which URLs the crawler visits. A URL is canonicalised first (fragment dropped, session ids in the query,
in `;jsessionid=` path parameters and in ASP.NET cookieless `/(S(...))/` segments removed, click-tracking
parameters removed, query sorted) so one page is one visit; then it must be http(s), on the site's
registrable domain or a declared first-party domain, match the include patterns and none of the exclude
patterns, and not look like a file download. Trap guard: URLs that differ only in numbers, month names, long
hex or base64 tokens and query values share a pattern (`/calendar/9/9?day=`), and each pattern gets at most
`max_per_pattern` visits, which stops endless pagination, item ids and calendars without a list of known
traps; paths that repeat a segment or run very deep (relative links feeding on themselves) are refused.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scanner.config import SiteConfig
from scanner.crawl.parties import Parties, host_of

_SESSION = re.compile(r"^(jsessionid|phpsessid|aspsessionid\w*|cfid|cftoken|sid|sessionid|session_id|session|sessid|"
                      r"sess_id|sesskey|oscsid|zenid|utm_\w+|gclid|gbraid|wbraid|fbclid|msclkid|dclid|yclid|ttclid|"
                      r"twclid|igshid|mc_eid|mc_cid|_hsenc|_hsmi|mkt_tok|_ga|_gl)$", re.I)
_PATH_SESSION = re.compile(r";(jsessionid|phpsessid|sid)=[^/?#]*", re.I)
_ASPNET_SESSION = re.compile(r"/\((?:[A-Za-z]\([^()/]*\))+\)(?=/|$)")  # /(S(lit3py55t21z5v55vlm25s55))/
# Pattern placeholders: opaque tokens (uuids, hashes, base64 ids) first, then month names, then numbers.
_TOKEN = re.compile(r"(?<![A-Za-z0-9])(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|"
                    r"(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{16,})(?![A-Za-z0-9])", re.I)
_MONTH = re.compile(r"(?<=/)(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|"
                    r"oct(ober)?|nov(ember)?|dec(ember)?)(?=/|$)", re.I)
MAX_SEGMENTS = 16  # deeper paths are almost always relative links compounding on themselves
MAX_REPEATS = 2  # a segment appearing more often than this in one path
_FILES = re.compile(r"\.(pdf|zip|gz|tgz|rar|7z|exe|dmg|msi|iso|bin|apk|jpe?g|png|gif|webp|svg|ico|bmp|tiff?|mp[34]|"
                    r"m4[av]|avi|mov|wmv|webm|ogg|wav|flac|docx?|xlsx?|pptx?|odt|ods|csv|xml|json|txt|css|js|woff2?|ttf|eot)$",
                    re.I)


def canonical(url: str) -> str:
    """The URL the crawler dedupes on; unchanged apart from case of scheme/host, order and noise."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url
    path = _ASPNET_SESSION.sub("", _PATH_SESSION.sub("", parts.path)) or "/"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _SESSION.match(k))
    netloc = parts.netloc.lower()
    if (parts.scheme == "http" and netloc.endswith(":80")) or (parts.scheme == "https" and netloc.endswith(":443")):
        netloc = netloc.rsplit(":", 1)[0]
    return urlunsplit((parts.scheme.lower(), netloc, path, urlencode(query), ""))


def pattern(url: str) -> str:
    """The trap guard's key: host, path with its variable parts generalised, and the query's keys."""
    parts = urlsplit(url)
    path = re.sub(r"\d+", "9", _MONTH.sub("M", _TOKEN.sub("*", parts.path)))
    keys = sorted({k for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    return f"{parts.netloc}{path}?{'&'.join(keys)}"


@dataclass
class Scope:
    site: SiteConfig
    parties: Parties
    per_pattern: Counter[str] = field(default_factory=Counter)
    trapped: set[str] = field(default_factory=set)
    refused: Counter[str] = field(default_factory=Counter)  # host → URLs with pathological paths

    def __post_init__(self) -> None:
        self._include = [re.compile(p) for p in self.site.include]
        self._exclude = [re.compile(p) for p in self.site.exclude]

    def in_site(self, url: str) -> bool:
        """On the scanned site (first party), whatever the patterns say."""
        return url.startswith(("http://", "https://")) and self.parties.party(host_of(url)) == "first"

    def allowed(self, url: str) -> bool:
        """Crawlable: first party, matches include/exclude and is not a file download."""
        if not self.in_site(url):
            return False
        path = urlsplit(url).path
        if _FILES.search(path):
            return False
        if self._include and not any(p.search(url) for p in self._include):
            return False
        return not any(p.search(url) for p in self._exclude)

    def admit(self, url: str) -> bool:
        """Count one visit against the URL's pattern; False once the pattern has had its share, or for a
        path that repeats a segment or runs deeper than any real site's."""
        segments = [seg for seg in urlsplit(url).path.split("/") if seg]
        if len(segments) > MAX_SEGMENTS or any(n > MAX_REPEATS for n in Counter(segments).values()):
            self.refused[urlsplit(url).netloc] += 1
            return False
        key = pattern(url)
        if self.per_pattern[key] >= self.site.max_per_pattern:
            self.trapped.add(key)
            return False
        self.per_pattern[key] += 1
        return True
