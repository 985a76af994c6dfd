"""Floors for the code rules on the older development corpora that were written blind (tests/apps_heldout,
tests/apps_sealed, tests/apps_blind3/* to tests/apps_blind9/*): one semgrep run over all of them, each scored with the
shared scorer (scanner/code/evaluate.py) against its LABELS.toml. A change that loses precision or recall on any of
them fails here, with the corpus's misses and false positives in the message. Raise a floor when a corpus improves
for good (keep a small margin: the figures are exact, but labels are few). The corpora of session 10 on are in
test_code_devsets_recent.py: two modules, so that the two test workers scan one half each."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.code import scan_code
from scanner.code.evaluate import below_floor
from scanner.config import CodeConfig
from scanner.model import ScanResult

TESTS = Path(__file__).resolve().parents[1]

# corpus (relative to tests/) -> (precision floor, recall floor)
FLOORS = {
    # figures at the end of session 8 in the comments (precision / recall); floors keep a small margin
    "apps_heldout": (0.96, 0.93),  # 0.99 / 0.95; 0.97 / 0.96 after session 17: the module constants holding the
    # plain-http addresses its requests use (`CRM_URL = "http://..."`) are reported as the lines to change, its
    # writer labelled the requests only
    "apps_sealed": (0.95, 0.97),  # 0.96 / 0.98: two vendor payloads read by subscript (`customer["email"]`) are
    # reported where the payload is written, as attribute reads were; the labels sit on the request lines
    "apps_blind3/a": (0.93, 0.94),  # 0.95 / 0.97
    "apps_blind3/b": (0.97, 0.97),  # 0.99 / 1.00
    "apps_blind3/c": (0.97, 0.94),  # 0.99 / 0.97
    "apps_blind4/a": (0.97, 0.92),  # 0.99 / 0.95
    "apps_blind4/b": (0.97, 0.92),  # 0.99 / 0.95
    "apps_blind5/a": (0.92, 0.92),  # 0.94 / 0.95
    "apps_blind5/b": (0.95, 0.91),  # 0.97 / 0.94
    "apps_blind6/a": (0.97, 0.90),  # 0.99 / 0.93
    "apps_blind6/b": (0.90, 0.90),  # 0.92 / 0.93
    # written blind in session 7, tuned in session 8 (0.90 / 0.79 and 0.97 / 0.78 when first scored)
    "apps_blind7/a": (0.95, 0.94),  # 0.97 / 0.97
    "apps_blind7/b": (0.97, 0.89),  # 0.99 / 0.92
    # written blind in session 8, tuned in session 9 (0.90 / 0.71 and 0.97 / 0.63 when first scored)
    "apps_blind8/a": (0.94, 0.81),  # 0.96 / 0.83
    "apps_blind8/b": (0.96, 0.75),  # 0.98 / 0.77
    # written blind in session 9: a on the common stacks (0.90 / 0.62 when first scored, tuned on in session 9),
    # b on stacks no earlier corpus used (0.86 / 0.54 first scored, 0.86 / 0.55 at the end of session 9, untuned)
    # (0.91 / 0.81 after session 13: its writer puts a vendor finding on the request line, blind11/b-13 writers on the
    # payload's personal line, where the scanner now reports it)
    "apps_blind9/a": (0.87, 0.79),  # 0.94 / 0.83; 0.91 / 0.81 after session 13; 0.89 / 0.81 after session 14 (filled entries)
    "apps_blind9/b": (0.94, 0.80),  # 0.96 / 0.83 (opened in session 10)
}


# one semgrep run over 17 corpora: ~1.5 min on a quiet machine, longer while the other test worker is busy
pytestmark = pytest.mark.timeout(900)


@pytest.fixture(scope="module")
def devsets() -> ScanResult:
    # (the corpora's own label files are no part of their apps, as in benchmarks/eval_code.py)
    return scan_code(CodeConfig(paths=[TESTS / name for name in FLOORS], exclude=["LABELS.toml", "MANIFEST"]), None)


@pytest.mark.semgrep
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_development_corpus_keeps_its_floor(devsets: ScanResult, name: str) -> None:
    failure = below_floor(name, TESTS / name, devsets.code_findings, TESTS, FLOORS[name])
    assert failure is None, failure
