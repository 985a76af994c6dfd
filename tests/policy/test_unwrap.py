"""Hard-wrapped sentences: read across their line breaks, cited in the text as given (scanner/policy/unwrap.py)."""

from __future__ import annotations

from scanner.policy import read_text
from scanner.policy.segment import sentences
from scanner.policy.unwrap import squeeze

WRAPPED = (
    "9. LOGS\n\n"
    "  9.4 Our web servers write a log entry for each request. We do not link web\n"
    "      server log entries to customer accounts, except when we investigate a\n"
    "      fraudulent order.\n"
)


def test_claim_across_a_line_break_is_read_and_cited_as_given() -> None:
    claims = [c for c in read_text(WRAPPED).claims if c.type == "links_ip_to_identity"]
    assert [c.polarity for c in claims] == ["deny"]
    c = claims[0]
    assert WRAPPED[c.start : c.end] == c.text
    assert c.text.startswith("We do not link web\n      server log entries")


def test_squeeze_maps_every_offset_back() -> None:
    sents = sentences(WRAPPED)
    sq = squeeze(WRAPPED, sents)
    assert sq is not None
    assert "link web server log entries to customer accounts, except when we investigate a fraudulent order." in sq.text
    for old, new in zip(sents, sq.sentences, strict=True):
        assert " ".join(WRAPPED[old.start : old.end].split()) == sq.text[new.start : new.end]
        assert sq.origin[new.start] == old.start


def test_unwrapped_text_is_passed_through() -> None:
    text = "We collect your email address. We never sell it.\n"
    assert squeeze(text, sentences(text)) is None
