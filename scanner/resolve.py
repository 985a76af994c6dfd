"""`--resolve HOST[:PORT]=ADDR[:PORT]`, as curl spells it, turned into the two places that must honour it:
Chromium's --host-resolver-rules for everything the browser loads, and a lookup the crawler's own
downloader (robots.txt, sitemaps) uses. HOST may be `*` or start with `*.`; PORT on the left limits the rule
to that port, PORT on the right changes the port too. The first matching rule wins, as in Chromium.
"""

from __future__ import annotations

import fnmatch
import ipaddress
import re
from dataclasses import dataclass

from scanner.errors import ConfigError

_RULE = re.compile(
    r"^(?P<host>\*|\*?[A-Za-z0-9_.\-*]+)(?::(?P<port>\d{1,5}))?"
    r"=(?P<addr>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.\-]+)(?::(?P<aport>\d{1,5}))?$"
)


@dataclass(frozen=True)
class ResolveRule:
    host: str  # a host name or a glob (*, *.example.com)
    port: int | None
    address: str
    address_port: int | None

    def matches(self, host: str, port: int) -> bool:
        if self.port is not None and self.port != port:
            return False
        return fnmatch.fnmatchcase(host.lower(), self.host.lower())

    def chromium(self) -> str:
        pattern = self.host if self.port is None else f"{self.host}:{self.port}"
        target = self.address if self.address_port is None else f"{self.address}:{self.address_port}"
        return f"MAP {pattern} {target}"


def parse_rule(text: str) -> ResolveRule:
    """One rule; ConfigError names the rule text when it is malformed."""
    m = _RULE.match(text.strip())
    if not m:
        raise ConfigError(f"--resolve {text!r}: expected HOST[:PORT]=ADDR[:PORT], e.g. '*:443=127.0.0.1:8443'")
    address = m["addr"].strip("[]")
    try:
        ipaddress.ip_address(address)
    except ValueError:
        if not re.match(r"^[A-Za-z0-9.\-]+$", address):
            raise ConfigError(f"--resolve {text!r}: {address!r} is not an address") from None
    ports = [int(p) for p in (m["port"], m["aport"]) if p]
    if any(not 0 < p < 65536 for p in ports):
        raise ConfigError(f"--resolve {text!r}: port out of range")
    return ResolveRule(m["host"], int(m["port"]) if m["port"] else None, address, int(m["aport"]) if m["aport"] else None)


@dataclass(frozen=True)
class Resolver:
    rules: tuple[ResolveRule, ...] = ()

    @classmethod
    def parse(cls, texts: list[str] | tuple[str, ...]) -> Resolver:
        return cls(tuple(parse_rule(t) for t in texts))

    def lookup(self, host: str, port: int) -> tuple[str, int] | None:
        """Where a connection to host:port really goes, or None when no rule applies."""
        for rule in self.rules:
            if rule.matches(host, port):
                return rule.address, rule.address_port if rule.address_port is not None else port
        return None

    def chromium_flag(self) -> str | None:
        if not self.rules:
            return None
        return "--host-resolver-rules=" + ", ".join(r.chromium() for r in self.rules)
