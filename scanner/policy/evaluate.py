"""Scoring the reader against hand-annotated policies, with the matching rule of `score-claims`: a claim
matches an expected entry when the types are equal and the claim's text, or the input span [start:end],
contains the entry's `key` (case-insensitive, white space and curly quotes folded); a match with the other
polarity is a polarity error. Optional entries are not needed for recall, and a claim matching one is not a
false positive. The test suite and `benchmarks/policy.py` share this module so both report the same figures.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scanner.model import Claim

VOCABULARY = frozenset(  # the minimum vocabulary of score-claims, plus logs_personal_data (an additional type)
    {
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
        "logs_personal_data",
    }
)
MINIMUM = VOCABULARY - {"logs_personal_data"}  # the types every annotated corpus must cover
POLICY_SUFFIXES = (".txt", ".md", ".html", ".htm")


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')).strip().lower()


@dataclass(frozen=True)
class Score:
    required: int
    hit: int
    tp: int
    modality_hits: int
    modality_total: int
    missed: tuple[tuple[str, str, str], ...] = ()  # (type, polarity, key)
    false_positives: tuple[tuple[str, str, str], ...] = ()  # (type, polarity, text)
    polarity_errors: tuple[tuple[str, str, str], ...] = ()  # (type, wanted polarity, key)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def recall(self) -> float:
        return self.hit / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        denom = self.tp + len(self.false_positives) + len(self.polarity_errors)
        return self.tp / denom if denom else 1.0

    @property
    def modality_accuracy(self) -> float:
        return self.modality_hits / self.modality_total if self.modality_total else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.required + other.required,
            self.hit + other.hit,
            self.tp + other.tp,
            self.modality_hits + other.modality_hits,
            self.modality_total + other.modality_total,
            self.missed + other.missed,
            self.false_positives + other.false_positives,
            self.polarity_errors + other.polarity_errors,
        )

    def line(self) -> str:
        return (
            f"recall {self.recall:.2f} ({self.hit}/{self.required}), precision {self.precision:.2f}, "
            f"polarity errors {len(self.polarity_errors)}, modality accuracy {self.modality_accuracy:.2f}"
        )


def score(claims: Iterable[Claim], expected: Sequence[dict[str, Any]], source: str) -> Score:
    # an additional type (beyond score-claims' minimum) is scored only where the annotators annotated it
    scored_types = MINIMUM | {str(e["type"]) for e in expected if e["type"] in VOCABULARY}
    predicted = [c for c in claims if c.type in scored_types]
    texts = [(fold(c.text), fold(source[c.start : c.end]) if 0 <= c.start < c.end <= len(source) else "") for c in predicted]
    found: set[int] = set()
    used: set[int] = set()
    polarity: list[tuple[str, str, str]] = []
    mod_hits = mod_total = 0
    for i, entry in enumerate(expected):
        key = fold(str(entry["key"]))
        for j, c in enumerate(predicted):
            if c.type != entry["type"] or not (key in texts[j][0] or key in texts[j][1]):
                continue
            used.add(j)
            if c.polarity != entry["polarity"]:
                polarity.append((c.type, str(entry["polarity"]), str(entry["key"])))
            elif i not in found:
                found.add(i)
                mod_total += 1
                mod_hits += c.modality == entry.get("modality")
    required = [i for i, e in enumerate(expected) if not e.get("optional")]
    return Score(
        required=len(required),
        hit=sum(i in found for i in required),
        tp=len(used) - len(polarity),
        modality_hits=mod_hits,
        modality_total=mod_total,
        missed=tuple((str(expected[i]["type"]), str(expected[i]["polarity"]), str(expected[i]["key"])) for i in required if i not in found),
        false_positives=tuple((c.type, c.polarity, fold(c.text)[:100]) for j, c in enumerate(predicted) if j not in used),
        polarity_errors=tuple(polarity),
    )


def annotated(root: Path) -> list[tuple[Path, Path]]:
    """(policy, expected) pairs of a directory laid out as `<root>/<name>.<ext>` + `<root>/expected/<name>.toml`."""
    pairs = []
    for exp in sorted((root / "expected").glob("*.toml")) if (root / "expected").is_dir() else []:
        policy = next((p for p in sorted(root.iterdir()) if p.is_file() and p.stem == exp.stem and p.suffix in POLICY_SUFFIXES), None)
        if policy is not None:
            pairs.append((policy, exp))
    return pairs


def score_file(policy: Path, expected: Path) -> Score:
    from scanner.policy import read_text
    from scanner.policy.text import load_file

    text, _ = load_file(policy)
    with expected.open("rb") as handle:
        entries = tomllib.load(handle)["claim"]
    return score(read_text(text, str(policy)).claims, entries, text)
