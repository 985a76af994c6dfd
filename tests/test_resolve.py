"""--resolve rules: parsing, lookup by host and port, and the Chromium flag they become."""

from __future__ import annotations

import pytest

from scanner.errors import ConfigError
from scanner.resolve import Resolver, parse_rule


def test_port_mapping_rules() -> None:
    r = Resolver.parse(["*:443=127.0.0.1:8443", "*:80=127.0.0.1:8080"])
    assert r.lookup("www.facebook.com", 443) == ("127.0.0.1", 8443)
    assert r.lookup("shop.test", 80) == ("127.0.0.1", 8080)
    assert r.lookup("shop.test", 8000) is None
    assert r.chromium_flag() == "--host-resolver-rules=MAP *:443 127.0.0.1:8443, MAP *:80 127.0.0.1:8080"


def test_host_rules_keep_port_and_first_match_wins() -> None:
    r = Resolver.parse(["*.example.com=10.1.1.1", "*=127.0.0.1:8080"])
    assert r.lookup("www.example.com", 443) == ("10.1.1.1", 443)
    assert r.lookup("other.test", 443) == ("127.0.0.1", 8080)
    assert parse_rule("staging.shop.com:443=[::1]:9443").address == "::1"


@pytest.mark.parametrize("bad", ["", "nohost", "*=", "a=b=c", "*:99999=127.0.0.1", "*=1.2.3.4:0", "*=bad addr"])
def test_bad_rules(bad: str) -> None:
    with pytest.raises(ConfigError, match="--resolve"):
        parse_rule(bad)
