"""What one sentence's claims imply about each other, read after the patterns and the dependency frames: a statement
about children that names kinds of data is a collection claim too; consent asked before cookies are set says that
they are set; a sentence that receives nothing but card data states what is kept of the card, not a collection of
its own. Each pass edits the list of one sentence's claims in place.
"""

from __future__ import annotations

import re
from dataclasses import replace

from scanner.model import Claim
from scanner.policy.claimbase import claim_id


def complete(found: list[Claim]) -> None:
    """The three passes over one sentence's claims, in the order their effects depend on."""
    _children_name_data(found)
    _card_only_collection(found)
    _consent_names_cookies(found)


def _children_name_data(found: list[Claim]) -> None:
    """A statement about children that names kinds of data ("we do not ask children for their last name", "the
    app records which lessons a child completes") is a collection claim as well; one about "personal
    information from children" in general, or the "knowingly" age notice, stays a children's claim only."""
    if any(c.type == "collects" for c in found):
        return
    for c in list(found):
        # "we do not knowingly collect email addresses from children" is the usual age notice: children only
        if c.type == "collects_from_children" and set(c.data_types) - {"personal_information"} and "knowingly" not in c.text.lower():
            found.append(replace(c, type="collects", id=claim_id("collects", c.polarity, c.text)))
            return


_SETS_COOKIES = re.compile(
    r"\b(?:set|sets|setting|place|places|placed|placing|use|uses|using|load|loads|loaded|store|stores|storing)\b[^.;]{0,40}?"
    r"\bcookies?\b|\bcookies?\b[^.;]{0,30}?\b(?:are|is) (?:only )?(?:set|placed|used|loaded|stored)\b"
)


def _consent_names_cookies(found: list[Claim]) -> None:
    """Consent asked (or not) before cookies are set states that they are set: "we ask for your consent before we set
    analytics cookies", "we do not ask for consent before placing advertising cookies", "they are set without consent"
    are `uses_cookies` affirmations too (docs: tracking gated on consent)."""
    consent = next((c for c in found if c.type == "consent_for_tracking"), None)
    if consent is None or any(c.type == "uses_cookies" for c in found) or not _SETS_COOKIES.search(consent.text.lower()):
        return
    found.append(replace(consent, type="uses_cookies", polarity="affirm", id=claim_id("uses_cookies", "affirm", consent.text)))


_CARD_DATA = frozenset({"payment_card", "card_security_code"})
CARD_TYPES = frozenset({"stores_full_card_number", "stores_card_security_code", "stores_partial_card"})


def _card_only_collection(found: list[Claim]) -> None:
    """A sentence that states what is kept of a card ("we never receive or store your card number or CVV", "we receive
    only the brand and the last four digits") is read for the card types: receiving nothing but card data there is
    no collection claim of its own (a collection naming other data too stays)."""
    collected = [c for c in found if c.type == "collects"]
    if len(collected) != 1:  # two collection claims are two clauses saying opposite things: each cites its own
        return
    only = collected[0]
    # a collection citing its own clause stands against another clause ("we receive the plan, but never your card
    # number"): it stays
    same = any(c.type in CARD_TYPES and (c.start, c.end) == (only.start, only.end) for c in found)
    if same and only.data_types and set(only.data_types) <= _CARD_DATA:
        found.remove(only)


__all__ = ["CARD_TYPES", "complete"]
