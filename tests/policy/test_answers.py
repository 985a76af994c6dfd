"""A FAQ's answers read with their question (scanner/policy/answers.py), through read_text."""

from __future__ import annotations

import pytest

from scanner.policy import read_text
from scanner.policy.answers import reading, statement


def _claims(text: str) -> set[tuple[str, str, str]]:
    return {(c.type, c.polarity, c.text) for c in read_text(text).claims}


@pytest.mark.parametrize("question, no, said", [
    ("Do you share my health answers with anyone", True, "we do not share my health answers with anyone"),
    ("Do you sell my information", False, "we sell my information"),
    ("Will you post photos of my tattoo", True, "we will not post photos of my tattoo"),
    ("Are there cameras in the studio", False, "there are cameras in the studio"),
    ("What do you collect", True, None),
])
def test_statement(question: str, no: bool, said: str | None) -> None:
    assert statement(question, no) == said


def test_no_answers_the_question() -> None:
    text = "Q15. Do you sell my personal information?\nNo, with one exception: we may share it with a buyer of the studio.\n"
    claims = _claims(text)
    # the denial cites the answer's "No" up to its clause; the exception after it is read on its own
    assert ("sells_personal_data", "deny", "No, with one exception:") in claims


def test_pronoun_answer_takes_the_question_topic() -> None:
    claims = _claims("Q16. What about the three digits on the back of my card?\nNo, we never keep them.\n")
    assert ("stores_card_security_code", "deny", "No, we never keep them.") in claims
    claims = _claims("Q20. What happens if my browser sends Do Not Track?\nWe respect it.\n")
    assert any(t == "honors_do_not_track" and p == "affirm" for t, p, _ in claims)


def test_answer_no_is_a_sentence_but_number_abbreviation_is_not() -> None:
    text = "Q9. Can you tell who I am from my IP address?\nNo. Our host keeps server logs with IP addresses for 14 days.\n"
    logs = [c for c in read_text(text).claims if c.type == "logs_personal_data"]
    # "No." answers the question; it does not deny the logging the next sentence describes
    assert logs and all(c.polarity == "affirm" for c in logs)
    assert reading("Is this a question", "See clause No. 4.") is None


def test_statement_without_question_is_not_read_twice() -> None:
    text = "How we use cookies\nNo cookies are set before you accept them.\n"
    assert all(not c.id.endswith("-qa") for c in read_text(text).claims)


def test_bare_answer_speaks_through_the_next_sentence() -> None:
    text = "### Do you sell my personal information?\n\nNo.\n\nThat has never happened and never will.\n"
    claims = [c for c in read_text(text).claims if c.type == "sells_personal_data"]
    assert [(c.polarity, c.text) for c in claims] == [("deny", "That has never happened and never will.")]
