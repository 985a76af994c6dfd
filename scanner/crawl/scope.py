"""Which URLs the crawler visits. A URL is canonicalised first (fragment dropped, session ids and
click-tracking parameters removed, query sorted) so one page is one visit; then it must be http(s), on the
site's registrable domain or a declared first-party domain, match the include patterns and none of the
exclude patterns, and not look like a file download. Trap guard: URLs that differ only in numbers and query
values share a pattern (`/calendar/2024/05?day=*`), and each pattern gets at most `max_per_pattern` visits,
which stops endless pagination and calendars without a list of known traps.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scanner.config import SiteConfig
from scanner.crawl.parties import Parties, host_of

_SESSION = re.compile(r"^(jsessionid|phpsessid|aspsessionid\w*|cfid|cftoken|sid|sessionid|session_id|session|"
                      r"utm_\w+|gclid|fbclid|msclkid|dclid|yclid|mc_eid|_ga|_gl)$", re.I)
_PATH_SESSION = re.compile(r";(jsessionid|phpsessid|sid)=[^/?#]*", re.I)
_FILES = re.compile(r"\.(pdf|zip|gz|tgz|rar|7z|exe|dmg|msi|iso|bin|apk|jpe?g|png|gif|webp|svg|ico|bmp|tiff?|mp[34]|"
                    r"m4[av]|avi|mov|wmv|webm|ogg|wav|flac|docx?|xlsx?|pptx?|odt|ods|csv|xml|json|txt|css|js|woff2?|ttf|eot)$",
                    re.I)


def canonical(url: str) -> str:
    """The URL the crawler dedupes on; unchanged apart from case of scheme/host, order and noise."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url
    path = _PATH_SESSION.sub("", parts.path) or "/"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _SESSION.match(k))
    netloc = parts.netloc.lower()
    if (parts.scheme == "http" and netloc.endswith(":80")) or (parts.scheme == "https" and netloc.endswith(":443")):
        netloc = netloc.rsplit(":", 1)[0]
    return urlunsplit((parts.scheme.lower(), netloc, path, urlencode(query), ""))


def pattern(url: str) -> str:
    parts = urlsplit(url)
    path = re.sub(r"\d+", "9", parts.path)
    keys = sorted({k for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    return f"{parts.netloc}{path}?{'&'.join(keys)}"


@dataclass
class Scope:
    site: SiteConfig
    parties: Parties
    per_pattern: Counter[str] = field(default_factory=Counter)
    trapped: set[str] = field(default_factory=set)

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
        """Count one visit against the URL's pattern; False once the pattern has had its share."""
        key = pattern(url)
        if self.per_pattern[key] >= self.site.max_per_pattern:
            self.trapped.add(key)
            return False
        self.per_pattern[key] += 1
        return True
