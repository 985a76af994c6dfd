"""The reader against hand-annotated policies: tests/policies (our own, several styles) and, when present,
the two seed policies in ../shared/policies. Scored with the same rule as ../shared/tools/score-claims: a
claim matches an expected entry when the type is equal and its text or span contains the entry's key
(case-insensitive, white space folded); a match with the other polarity is a polarity error."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from scanner.model import Claim
from scanner.policy import read_text
from scanner.policy.text import load_file

TESTS = Path(__file__).resolve().parents[1]
OWN = TESTS / "policies"
SEEDS = TESTS.parent.parent / "shared" / "policies"
VOCABULARY = {
    "collects",
    "uses_cookies",
    "uses_web_beacons",
    "third_party_advertising",
    "third_party_analytics",
    "shares_personal_data",
    "sells_personal_data",
    "stores_full_card_number",
    "stores_card_security_code",
    "stores_partial_card",
    "encrypts_in_transit",
    "links_ip_to_identity",
    "retention",
    "collects_from_children",
    "honors_do_not_track",
    "consent_for_tracking",
    "security_measures",
}


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')).strip().lower()


def score(claims: tuple[Claim, ...], expected: list[dict[str, object]], source: str) -> dict[str, object]:
    predicted = [c for c in claims if c.type in VOCABULARY]
    found: set[int] = set()
    used: set[int] = set()
    polarity_errors = []
    for i, entry in enumerate(expected):
        key = fold(str(entry["key"]))
        for j, c in enumerate(predicted):
            if c.type != entry["type"] or not (key in fold(c.text) or key in fold(source[c.start : c.end])):
                continue
            used.add(j)
            if c.polarity != entry["polarity"]:
                polarity_errors.append((entry["key"], c.polarity))
            else:
                found.add(i)
    required = [i for i, e in enumerate(expected) if not e.get("optional")]
    tp = len(used) - len(polarity_errors)
    false_pos = [fold(c.text)[:80] for j, c in enumerate(predicted) if j not in used]
    return {
        "recall": sum(i in found for i in required) / len(required),
        "precision": tp / max(1, tp + len(false_pos) + len(polarity_errors)),
        "missed": [(expected[i]["type"], expected[i]["key"]) for i in required if i not in found],
        "false_positives": false_pos,
        "polarity_errors": polarity_errors,
    }


def corpus() -> list[tuple[Path, Path]]:
    pairs = []
    for root in (OWN, SEEDS):
        for exp in sorted((root / "expected").glob("*.toml")) if root.is_dir() else []:
            policy = next((p for p in root.iterdir() if p.is_file() and p.stem == exp.stem), None)
            if policy is not None:
                pairs.append((policy, exp))
    return pairs


def test_the_corpus_has_every_claim_type() -> None:
    types = {e["type"] for _, exp in corpus() for e in tomllib.loads(exp.read_text())["claim"] if exp.parent.parent == OWN}
    assert types >= VOCABULARY


@pytest.mark.parametrize(("policy", "expected"), corpus(), ids=lambda p: p.name)
def test_reader_scores_on_annotated_policy(policy: Path, expected: Path) -> None:
    text, _ = load_file(policy)
    result = read_text(text, str(policy))
    s = score(result.claims, tomllib.loads(expected.read_text())["claim"], text)
    assert s["polarity_errors"] == []
    assert s["recall"] >= 0.95, s["missed"]
    assert s["precision"] >= 0.95, s["false_positives"]


def test_totals_over_the_corpus_meet_the_targets() -> None:
    hit = required = pol = 0
    for policy, expected in corpus():
        text, _ = load_file(policy)
        entries = tomllib.loads(expected.read_text())["claim"]
        s = score(read_text(text).claims, entries, text)
        n = sum(not e.get("optional") for e in entries)
        hit += round(float(s["recall"]) * n)  # type: ignore[arg-type]
        required += n
        pol += len(s["polarity_errors"])  # type: ignore[arg-type]
    assert required > 100
    assert hit / required >= 0.95
    assert pol == 0
