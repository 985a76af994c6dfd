"""Literal gates (scanner/policy/gates.py): the strings a pattern requires, and the soundness that makes them a
pure speed-up: over every claim pattern of rules/claims and every sentence of the annotated development
policies, a pattern the gate rules out never matches."""

from __future__ import annotations

import re
from pathlib import Path

from scanner.policy import clauses as cl
from scanner.policy.evaluate import annotated
from scanner.policy.gates import LiteralIndex, required
from scanner.policy.lexicon import load_lexicon
from scanner.policy.segment import sentences
from scanner.policy.text import load_file

POLICIES = Path(__file__).resolve().parents[1] / "policies"


def test_required_strings_of_common_pattern_shapes() -> None:
    assert required(re.compile(r"\bcollect(?:s|ed|ing)?\b")) == ("collect",)
    assert set(required(re.compile(r"\b(?:shar(?:e|es|ed)|disclos(?:ure|ing))\b")) or ()) == {"share", "disclos"}
    # the most selective part of a sequence: "cookie" rather than the optional adjective before it
    assert required(re.compile(r"\b(?:third[- ]party )?cookies?\b")) == ("cookie",)
    # a repeated group that must occur once still requires its words
    assert required(re.compile(r"(?:pixel|beacon)+s")) is not None


def test_no_gate_where_nothing_literal_is_certain() -> None:
    assert required(re.compile(r"\b[a-z]+\b")) is None  # only a class of letters
    assert required(re.compile(r"(?:we )?(?:keep|hold)?")) is None  # everything optional
    assert required(re.compile(r"(\w+) and \1")) is None  # a back-reference
    assert required(re.compile(r"(?i)Cookies")) is None  # case folded: the literal could be spelled otherwise
    assert required(re.compile(r"\b(?:ad|x)\b")) is None  # one letter is in every sentence: not worth a gate


def test_index_names_only_patterns_whose_strings_are_present() -> None:
    pats = {"sell": re.compile(r"\bsell(?:s|ing)?\b"), "cookie": re.compile(r"\bcookies?\b"), "any": re.compile(r"\b[a-z]+\b")}
    index = LiteralIndex(pats)
    assert index.possible("we never sell your data") == {"sell", "any"}
    assert index.possible("we use cookies and sell nothing") == {"sell", "cookie", "any"}
    assert index.possible("") == {"any"}


def test_gates_never_rule_out_a_pattern_that_matches() -> None:
    lex = load_lexicon()
    norms = []
    for root in (POLICIES, POLICIES / "heldout", POLICIES / "heldout2", POLICIES / "sealed"):
        for policy, _ in annotated(root):
            text, _ = load_file(policy)
            norms += [cl.normalise(text[s.start : s.end], lex) for s in sentences(text)]
    assert len(norms) > 500
    checked = ruled_out = 0
    for norm in norms:
        possible = lex.may_match(norm)
        for k, rule in enumerate(lex.rules):
            for j, pattern in enumerate(rule.patterns):
                if j not in possible.get(k, ()):
                    ruled_out += 1
                    assert pattern.search(norm) is None, (rule.type, pattern.pattern[:80], norm)
                checked += 1
    assert ruled_out > checked // 2  # the gates do rule most patterns out (what makes them worth having)
