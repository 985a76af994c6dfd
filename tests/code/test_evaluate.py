"""The corpus scorer (scanner.code.evaluate): the strict figure matches a finding's first line against a label's span;
the lenient one also takes a label on any other line of the finding's own statement, and a neutral line there."""

from __future__ import annotations

from pathlib import Path

from scanner.code.evaluate import lenient, reported_spans, score_corpus
from scanner.model import CodeFinding

_LABELS = """
[[finding]]
file = "app/vendor.py"
line = 9
category = "pii_to_third_party"
reason = "the request sends the payload"
anchor = "client.post"

[[neutral]]
file = "app/http.py"
line = 4
category = "insecure_transport"
reason = "the payload line of a plain-http request"
anchor = "email"
"""


def _finding(path: str, line: int, end: int, category: str) -> CodeFinding:
    return CodeFinding("rule", category, path, line, "high", "", end_line=end)


def test_a_finding_ending_on_the_labelled_request(tmp_path: Path) -> None:
    (tmp_path / "LABELS.toml").write_text(_LABELS, encoding="utf-8")
    findings = [_finding("app/vendor.py", 5, 9, "pii_to_third_party"),  # payload line 5, request line 9
                _finding("app/http.py", 2, 4, "insecure_transport"),  # a neutral line inside it
                _finding("app/other.py", 3, 7, "pii_logging")]  # nothing labelled
    strict = score_corpus(tmp_path, {(f.path, f.line, f.category) for f in findings})
    assert strict.totals == (0, 3, 1)
    loose = lenient(tmp_path, reported_spans(findings, tmp_path))
    assert loose is not None and loose.totals == (1, 1, 0)
    assert loose.false_positives == (("app/other.py", 3, "pii_logging"),)


def test_comment_labelled_corpora_have_no_lenient_figure(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("log.info(user.email)  # expect: pii_logging\n", encoding="utf-8")
    assert lenient(tmp_path, {}) is None
