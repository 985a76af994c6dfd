"""Whether the subject of a clause is the company itself by name, for the `unless` contexts of claims.toml that
capture a `subject` ("any other subject that receives data is someone else receiving": "Plotwise receives your IP
address" is no collection of ours, "StubYard does not receive your card number" is). The names are the policy's own
(scanner/policy/orgname.py: its '("Acme", "we")' definition, legal name and title); where those are not found, the
capitalised words of the opening lines (the title and first paragraph) that recur in the text stand in for them;
with no names at all (a snippet, not a policy), a single name may be the company's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from scanner.policy.orgname import names_of

_HEAD = 300  # characters: the title and the opening words of the first paragraph
_RECUR = 3  # an opening word must occur at least this often in the whole text to be a name
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w&'-]*\b")
# words that go with a company's name without being one ("Acme itself", "Acme Ltd"), and subjects that are no name
_WITH_NAME = frozenset(re.findall(r"\S+", "itself inc inc. ltd ltd. llc plc gmbh corp oy ag pty"))
_NOT_A_NAME = frozenset(
    re.findall(
        r"\S+",
        "both each either neither they some all others everyone anyone privacy policy notice statement cookie cookies "
        "last updated revised effective date version the this our we and of for to in on at by with your you data "
        "protection terms information personal website app service services platform page contents introduction who "
        "about if how what when where online customer global general",
    )
)


@lru_cache(maxsize=8)
def company_names(text: str) -> frozenset[str]:
    """The company's names in a policy text, lower-cased (full names and their first words): orgname's own names,
    else the recurring capitalised words of the opening."""
    names = names_of(text).own
    if names:
        return frozenset(names | {n.split()[0] for n in names})
    low = text.lower()
    opening = {w.lower() for w in _CAPITALISED.findall(text[:_HEAD])} - _NOT_A_NAME
    # a plural defined term of the opening ("Organisers", "Candidates") names the company's users, not the company
    return frozenset(w for w in opening if not w.endswith("s") and len(re.findall(rf"\b{re.escape(w)}\b", low)) >= _RECUR)


def waived(subject: str, names: frozenset[str]) -> bool:
    """Whether a captured subject ("stubyard", "ferrovault itself", "acme ltd") is the company by its own name."""
    words = [w for w in subject.replace(",", " ").split() if w not in _WITH_NAME]
    if names:
        return bool(words) and (" ".join(words) in names or all(w in names for w in words))
    return len(words) == 1 and words[0] not in _NOT_A_NAME
