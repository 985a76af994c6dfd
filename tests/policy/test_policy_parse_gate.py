"""The dependency parse is the reader's costliest pass (issue #6 speed budget): only sentences where some frame
could fire are parsed. A recipient verb ("send", "provide") needs a recipient after it, a verb whose object hangs on
a preposition ("ask for", "keep a record of") needs that preposition, a user frame ("you tell us") needs "us"; only
the inflections of a frame verb count ("collects", "logging"; not "collection" or "information")."""

from __future__ import annotations

import pytest

from scanner.policy.claims import extract_claims
from scanner.policy.depparse import frames
from scanner.policy.lexicon import load_lexicon
from scanner.policy.segment import sentences


@pytest.mark.parametrize(
    ("sentence", "kind", "gated"),
    [
        ("We provide a fast and reliable service for your account data.", "shares_personal_data", False),
        ("We provide your delivery address to the courier.", "shares_personal_data", True),
        ("We keep your account data safe at all times.", "collects", False),
        ("We keep a record of your postal address and phone number.", "collects", True),
        # only inflections of a frame verb gate: "information", "address" and "collection" are nouns
        ("Contact information: our postal address and collection point.", "collects", False),
        ("We never give advertisers your name or email address.", "shares_personal_data", True),
    ],
)
def test_the_parse_gate(sentence: str, kind: str, gated: bool) -> None:
    assert (frames()[1][kind].search(sentence.lower()) is not None) is gated


def test_gated_sentences_still_yield_their_frames() -> None:
    text = "Every order, we hand your phone number over to the courier."
    lex = load_lexicon()
    with_frames = {c.type for c in extract_claims(text, sentences(text), lex)}
    without = {c.type for c in extract_claims(text, sentences(text), lex, frames_on=False)}
    assert "shares_personal_data" in with_frames - without
