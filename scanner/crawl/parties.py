"""Who a host belongs to: its registrable domain (the "site", from tldextract's bundled public suffix list,
never the network) and whether it is first or third party for the scanned site. Hosts under a suffix the
list does not know (`shop.test`, intranet names) fall back to their last two labels so a test or staging
site still groups its subdomains; IP addresses and single-label hosts stand for themselves.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

import tldextract

from scanner.model import Party

_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


@lru_cache(maxsize=65536)
def registrable_domain(host: str) -> str:
    """`www.shop.co.uk` → `shop.co.uk`; `cdn.acme-shop.test` → `acme-shop.test`; IPs and `localhost` as is."""
    host = host.lower().rstrip(".")
    if not host or _is_ip(host) or "." not in host:
        return host
    parts = _EXTRACT(host)
    if parts.suffix and parts.domain:
        return f"{parts.domain}.{parts.suffix}"
    if parts.suffix:  # the host is itself a public suffix (e.g. `github.io`)
        return host
    return ".".join(host.split(".")[-2:])


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def site_of(url: str) -> str:
    return registrable_domain(host_of(url))


@dataclass(frozen=True)
class Parties:
    """The scanned site's own registrable domains; everything else is third party."""

    first_sites: frozenset[str]

    @classmethod
    def for_site(cls, start_url: str, first_party_domains: Iterable[str] = ()) -> Parties:
        sites = {site_of(start_url)}
        for domain in first_party_domains:
            domain = domain.strip().lower().lstrip("*.")
            if domain:
                sites.add(registrable_domain(domain))
        return cls(frozenset(s for s in sites if s))

    def party(self, host: str) -> Party:
        return "first" if registrable_domain(host) in self.first_sites else "third"

    def party_of_url(self, url: str) -> Party:
        return self.party(host_of(url))

    def cookie_party(self, domain: str) -> Party:
        return self.party(domain.lstrip("."))
