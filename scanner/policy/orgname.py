"""The names a policy gives its own organisation, so that a proper name can be told apart from a third party: a policy
defines them where it introduces itself ('Acme Widgets Ltd ("Acme", "we", "us")', "Acme Labs, LLC ('Acme,' 'we')")
and often in its title ("# Acme Privacy Policy"). The dependency frames read "Acme receives your order" as our own
collection but "Plotwise receives your IP address" as a disclosure to Plotwise; a name the policy never defines stays
unknown, and a proper-name subject is then taken for a third party only where it is none of the company's names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# ("Acme", "we", "us") / (“Acme,” “we,” “our”) / ('Acme', 'we'): a quoted name directly before a quoted first-person word
_DEFINED = re.compile(
    r"[\"\u201c']\W{0,3}([A-Z][\w&.'-]*(?:[ -][A-Z][\w&.'-]*){0,3})\W{0,3}[,]?\W{0,3}[\"\u201d'],?\s*(?:and\s+|or\s+)?"
    r"[\"\u201c']\W{0,3}(?:we|We|us|Us|our|Our)\b"
)
# the legal name the definition abbreviates: "Tablewick Ltd. and its group companies (" - words before the bracket
_LEGAL = re.compile(
    r"([A-Z][\w&'-]+(?:[ -][A-Z][\w&'-]+){0,4}),?\s+"
    r"(?:Ltd|Limited|Inc|LLC|L\.L\.C|GmbH|AG|B\.V|N\.V|S\.A|SAS|Oy|AB|A/S|plc|PLC|Pty|Corp|Corporation|Co|DAC)\b"
)
_TITLE = re.compile(
    r"^\W*([A-Z][\w&'-]+(?: [A-Z][\w&'-]+)?)\s+(?:VPN\s+)?(?:[-\u2013\u2014]\s+)?"
    r"(?:Privacy|Customer Privacy|Online Privacy|Data Protection|Cookie)",
    re.M,
)
_GENERIC = frozenset({"the", "this", "our", "privacy", "policy", "notice", "statement", "website", "site", "app", "service",
                      "services", "company", "group", "customer", "consumer", "online", "global", "personal", "information",
                      "data", "terms", "you", "we"})


def own_names(text: str) -> frozenset[str]:
    """Lower-cased names (and their first words) the policy uses for its own organisation; empty when none is found."""
    head = text[:6000]  # a policy introduces itself at its top
    found: set[str] = set()
    for m in _DEFINED.finditer(head):
        found.add(m.group(1))
        legal = list(_LEGAL.finditer(head, max(0, m.start() - 200), m.start()))
        if legal:
            found.add(legal[-1].group(1))  # the nearest legal name before the definition
    title = _TITLE.search(head[:400])
    if title:
        found.add(title.group(1))
    out: set[str] = set()
    for name in found:
        low = name.lower().strip(" .,")
        words = low.split()
        if not words or words[0] in _GENERIC:
            continue
        out.add(low)
        if len(words[0]) > 3 and re.search(rf"(?<![\w.]){re.escape(words[0])}\b", text) is None:
            out.add(words[0])  # "Rootmere Genomics" is also "Rootmere" (not a word the text also uses in lower case)
    return frozenset(out)


_CAPITAL = re.compile(r"(?<=[a-z,;:)] )([A-Z][a-z]+[A-Za-z]*)\b")
_LOWER = re.compile(r"\b[a-z][a-z]+\b")


@dataclass(frozen=True)
class Names:
    """The company's own names, and the words the text only ever writes capitalised mid-sentence (proper names:
    "Plotwise", "Metrigo"; not "Customers", which the text also writes in lower case)."""

    own: frozenset[str]
    proper: frozenset[str]


@lru_cache(maxsize=8)
def names_of(text: str) -> Names:
    own = own_names(text)
    lower = set(_LOWER.findall(text))
    proper = {w.lower() for w in _CAPITAL.findall(text)} - lower - {w for n in own for w in n.split()}
    return Names(own, frozenset(proper))
