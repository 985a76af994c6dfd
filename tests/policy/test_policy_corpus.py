"""The reader against hand-annotated policies: tests/policies (our own, several styles), tests/policies/heldout
(written and annotated before the reader ever ran on them; see the commit history) and, when present, the two
seed policies in ../shared/policies. Scored by scanner.policy.evaluate with the rule of ../shared/tools/score-claims:
a claim matches an expected entry when the type is equal and its text or span contains the entry's key
(case-insensitive, white space folded); a match with the other polarity is a polarity error. Thresholds are the
project targets: recall >= 0.95, precision >= 0.95, no polarity errors, per policy and over the whole corpus."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

from scanner.policy.evaluate import MINIMUM, Score, annotated, score_file

TESTS = Path(__file__).resolve().parents[1]
OWN = TESTS / "policies"
HELDOUT = OWN / "heldout"
SEEDS = TESTS.parent.parent / "shared" / "policies"


def corpus() -> list[tuple[Path, Path]]:
    return annotated(OWN) + annotated(HELDOUT) + annotated(SEEDS)


@cache
def scored(policy: Path, expected: Path) -> Score:
    return score_file(policy, expected)


def test_the_corpus_has_every_claim_type_and_the_heldout_set() -> None:
    assert len(annotated(HELDOUT)) >= 4
    for root in (OWN, HELDOUT):
        types = {e["type"] for _, exp in annotated(root) for e in tomllib.loads(exp.read_text(encoding="utf-8"))["claim"]}
        assert types >= MINIMUM, MINIMUM - types


@pytest.mark.parametrize(("policy", "expected"), corpus(), ids=lambda p: p.name)
def test_reader_scores_on_annotated_policy(policy: Path, expected: Path) -> None:
    s = scored(policy, expected)
    assert s.polarity_errors == ()
    assert s.recall >= 0.95, s.missed
    assert s.precision >= 0.95, s.false_positives


def test_totals_over_the_corpus_meet_the_targets() -> None:
    total = Score(0, 0, 0, 0, 0)
    for policy, expected in corpus():
        total = total + scored(policy, expected)
    assert total.required > 300
    assert total.recall >= 0.97, total.missed
    assert total.precision >= 0.97, total.false_positives
    assert total.polarity_errors == ()
    assert total.modality_accuracy >= 0.85


@pytest.mark.parametrize(
    ("name", "recall", "precision", "polarity_errors"),
    [
        # floors a little under the figures reached when both became development sets (issue #6: heldout2 0.92 /
        # 0.97 / 0, sealed 0.90 / 0.94 / 1, with the fallback trained on them too; 0.90 / 0.97 / 0 and 0.88 / 0.94 / 1
        # when the fallback is trained without the set it is scored on); first runs were 0.70 / 0.83 / 10 and
        # 0.72 / 0.82 / 8. A change that loses ground on wording nobody wrote rules for fails here.
        # after the recall classes of the fourth pass (user, device and keeping subjects, retention wordings, others
        # seeing data, named security controls): heldout2 0.93 / 0.96 / 0, sealed 0.93 / 0.93 / 1
        ("heldout2", 0.92, 0.95, 0),
        ("sealed", 0.91, 0.91, 1),
        # blind3/c and blind3/d (written blind, opened for development in the second pass of issue #6): first runs
        # 0.70 / 0.72 / 7 and 0.64 / 0.76 / 6; the rules alone (fallback not trained on them) reached 0.81 / 0.76 / 7
        # and 0.73 / 0.77 / 10, with the fallback trained on them too 0.85 / 0.78 / 8 and 0.78 / 0.78 / 12
        # fourth pass (rules only for a and b, which the fallback is not trained on): a 0.81 / 0.72 / 6 -> 0.85 / 0.75 / 4,
        # b 0.80 / 0.80 / 4 -> 0.86 / 0.87 / 2, c -> 0.90 / 0.83 / 2, d -> 0.86 / 0.85 / 1
        # fifth pass: the rules alone (fallback not yet trained on them) took blind3/a to 0.85 / 0.77 / 4, b 0.86 / 0.89 / 1;
        # with the fallback trained on blind3 a-d and blind4 a-b: a 0.88 / 0.79 / 5, b 0.90 / 0.89 / 2, c 0.89 / 0.83 / 2,
        # d 0.86 / 0.86 / 1
        # sixth pass (precision and polarity mechanisms, recall classes of the other helper): a 0.89 / 0.80 / 5,
        # b 0.91 / 0.89 / 2, c 0.90 / 0.83 / 2, d 0.87 / 0.87 / 1
        ("blind3/a", 0.87, 0.78, 5),
        ("blind3/b", 0.89, 0.87, 2),
        ("blind3/c", 0.88, 0.81, 3),
        ("blind3/d", 0.85, 0.85, 2),
        # blind4/a and blind4/b (written blind in session 4, opened for development in the fifth pass): first runs
        # 0.74 / 0.67 / 9 and 0.81 / 0.73 / 7; the rules alone reached 0.87 / 0.75 / 1 and 0.88 / 0.77 / 1, with the
        # fallback trained on them too 0.88 / 0.77 / 2 and 0.91 / 0.79 / 1
        ("blind4/a", 0.86, 0.75, 2),
        ("blind4/b", 0.89, 0.77, 2),
        # blind5/a and blind5/b (written blind in session 5, opened for development in the sixth pass, rules only:
        # the fallback is not trained on them): first runs 0.80 / 0.78 / 4 and 0.79 / 0.77 / 6; sixth pass
        # 0.94 / 0.83 / 2 and 0.89 / 0.83 / 2; then the fallback trained on them too: 0.95 / 0.84 / 2 and 0.91 / 0.84 / 2
        ("blind5/a", 0.93, 0.82, 2),
        ("blind5/b", 0.89, 0.82, 2),
        # blind6/a and blind6/b (written blind in session 6, opened for development in the seventh pass): first runs
        # 0.83 / 0.74 / 6 and 0.78 / 0.74 / 6; seventh pass (recall and polarity mechanisms, the precision helper's
        # subjects and rights, the fallback as committed): 0.87 / 0.76 / 4 and 0.87 / 0.79 / 1; then the precision
        # helper's non-claims (others receiving, logs kept, rent and goods, cross-references ...): 0.87 / 0.78 / 4 and
        # 0.87 / 0.82 / 1
        ("blind6/a", 0.85, 0.76, 5),
        ("blind6/b", 0.85, 0.79, 2),
        # blind7/a and blind7/b (written blind in session 7, opened for development in the eighth pass): first runs
        # 0.75 / 0.73 / 9 and 0.79 / 0.76 / 6, end of session 7 0.78 / 0.75 / 7 and 0.82 / 0.79 / 6; eighth pass (recall
        # and precision helpers, the fallback retrained with blind7): 0.89 / 0.78 / 2 and 0.94 / 0.83 / 3
        ("blind7/a", 0.87, 0.76, 3),
        ("blind7/b", 0.92, 0.81, 4),
        # blind8/a and blind8/b (written blind in session 8 and scored then, development sets from the ninth pass):
        # first runs 0.71 / 0.77 / 11 and 0.75 / 0.80 / 7; end of session 8 (nobody tuned on them) 0.74 / 0.77 / 10 and
        # 0.78 / 0.81 / 7; after the ninth pass (cameras, lists as data, keeping up to an event, other subjects receiving,
        # publication on air or online, negation scope) 0.78 / 0.79 / 8 and 0.85 / 0.82 / 6; tenth pass (others receiving
        # are no collection, relative-clause recipients, retargeting elsewhere, deemed targeted advertising) 0.80 / 0.80 / 8
        # and 0.86 / 0.82 / 6.
        ("blind8/a", 0.78, 0.78, 9),
        ("blind8/b", 0.84, 0.80, 7),
        # blind9/a and blind9/b (written blind in session 9): start of session 9 0.68 / 0.77 / 7 and 0.68 / 0.80 / 10,
        # end of its reader work (nobody tuned on them) 0.69 / 0.76 / 6 and 0.69 / 0.80 / 11; then one general fix read off
        # them (a hard-wrapped numbered clause is a paragraph, not a heading): 0.73 / 0.77 / 6 and 0.69 / 0.80 / 11; then
        # (wrapped clauses and dotted-leader rows, inversion after a fronted negation, "... is not something we do",
        # named "... Analytics" companies, encrypted connections, writing to logs, linked addresses, "pay us for" data,
        # neither/nor receiving a card number) 0.78 / 0.78 / 6 and 0.73 / 0.81 / 10
        ("blind9/a", 0.76, 0.76, 8),
        ("blind9/b", 0.71, 0.79, 12),
        # blind10/a and blind10/b (written blind in session 10, scored unseen at its start: 0.72 / 0.79 / 10 and
        # 0.72 / 0.84 / 6, then opened): clauses after "and", bold statements, wrapped lines ending on a function word,
        # hard-wrapped sentences read across their line breaks, translated and APPI wordings, data sent on by a second
        # verb, inspectors reading records, named safeguards, the fallback retrained with them: 0.76 / 0.80 / 10 and
        # 0.80 / 0.86 / 6
        ("blind10/a", 0.74, 0.78, 11),
        ("blind10/b", 0.78, 0.84, 7),
        # blind11/a and blind11/b (written blind in session 11, scored unseen at its start: 0.71 / 0.77 / 6 and
        # 0.81 / 0.75 / 7); a opened (a FAQ's answers read with their question, a leading "No." a sentence of its own,
        # "the number of the card", "the three digits on the back"): 0.75 / 0.78 / 5; b sealed: 0.81 / 0.74 / 7
        ("blind11/a", 0.73, 0.76, 7),
        ("blind11/b", 0.79, 0.72, 9),
        # blind12/a and blind12/b (written blind in session 12, scored unseen at its start: 0.76 / 0.71 / 14 and
        # 0.73 / 0.74 / 11); a opened (addresses tied to people named by role, a parent giving a child's details,
        # "how to ...", recipients that are no third party, retargeting said plainly, lower bounds): 0.83 / 0.75 / 10;
        # b sealed: 0.74 / 0.74 / 11
        ("blind12/a", 0.81, 0.73, 12),
        ("blind12/b", 0.72, 0.72, 13),
        # blind13/a and blind13/b (written blind in session 13, scored unseen at its start and unchanged at its end:
        # 0.78 / 0.73 / 8 and 0.72 / 0.73 / 7; the session's policy attempts were dropped)
        ("blind13/a", 0.76, 0.71, 10),
        ("blind13/b", 0.70, 0.71, 9),
        # blind14/a and blind14/b (written blind in session 14, scored unseen at its start: 0.78 / 0.76 / 7 and
        # 0.73 / 0.79 / 8; unchanged at its end, b sealed)
        ("blind14/a", 0.76, 0.74, 9),
        ("blind14/b", 0.71, 0.77, 10),
        # blind15/a and blind15/b (written blind in session 15, scored unseen at its start: 0.74 / 0.71 / 10 and
        # 0.72 / 0.76 / 8); a opened, b sealed
        ("blind15/a", 0.72, 0.69, 12),
        ("blind15/b", 0.70, 0.74, 10),
        # blind16/a and blind16/b (written blind in session 16, scored unseen at its start: 0.78 / 0.77 / 9 and
        # 0.77 / 0.76 / 10); a opened (0.81 / 0.77 / 9 at its end), b sealed (0.78 / 0.76 / 10 at its end)
        ("blind16/a", 0.78, 0.75, 11),
        ("blind16/b", 0.78, 0.75, 10),  # 0.81 / 0.78 / 8 after session 17 opened it
        # blind17/a and blind17/b (written blind in session 17, scored unseen at its start: 0.82 / 0.79 / 8 and
        # 0.73 / 0.78 / 14); a opened (0.83 / 0.79 / 8 at its end), b sealed (0.74 / 0.78 / 15 at its end)
        ("blind17/a", 0.80, 0.77, 10),
        ("blind17/b", 0.71, 0.76, 17),
    ],
)
def test_development_sets_do_not_regress(name: str, recall: float, precision: float, polarity_errors: int) -> None:
    total = Score(0, 0, 0, 0, 0)
    for policy, expected in annotated(OWN / name):
        total = total + scored(policy, expected)
    assert total.required > 200
    assert total.recall >= recall, total.missed
    assert total.precision >= precision, total.false_positives
    assert len(total.polarity_errors) <= polarity_errors, total.polarity_errors
