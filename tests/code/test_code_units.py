"""Unit tests of the code stage's pure parts: Luhn, issuer ranges and masking, the vocabulary's identifier
normalisation and its Semgrep regex rendering, snippet masking, fingerprints and the ignore-aware walk."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scanner.code.literals import fingerprint, scan_text
from scanner.code.mask import find_numbers, is_card_number, is_test_number, luhn, mask_number, mask_text, scheme
from scanner.code.vocabulary import classify, normalise, regex, vocabulary
from scanner.code.walk import iter_files


def test_luhn_and_schemes() -> None:
    assert luhn("4532015112830366") and not luhn("4532015112830367")
    assert scheme("4532015112830366") == "visa"
    assert scheme("378282246310005") == "amex"
    assert scheme("5425233430109903") == "mastercard"
    assert scheme("2223003122003222") == "mastercard"
    assert scheme("6011111111111117") == "discover"
    assert scheme("1700000000000") is None  # a millisecond timestamp
    assert not is_card_number("4532015112830367") and not is_card_number("0000000000000000")
    assert is_test_number("4111111111111111") and not is_test_number("4532015112830366")


def test_masking_keeps_only_the_last_four() -> None:
    assert mask_number("4111111111111111") == "************1111"
    assert mask_number("378282246310005") == "***********0005"
    text = "pan=4111 1111 1111 1111 then 4532015112830366 and id 12345"
    masked = mask_text(text)
    assert "**** **** **** 1111" in masked and "************0366" in masked and "12345" in masked
    # a card number followed by more digits is still masked
    assert "4532015112830366" not in mask_text("x 45320151128303661234 y")


def test_find_numbers_needs_consistent_grouping_and_boundaries() -> None:
    found = [d for _, _, d in find_numbers("a 4111-1111-1111-1111 b 4111 1111-1111 1111 c x4532015112830366 d 1.4532015112830366")]
    assert found == ["4111111111111111"]


def test_literal_findings_are_masked_and_classified() -> None:
    findings = scan_text("id,card\n1,4532015112830366\n2,4242424242424242\n3,4532015112830366 # nosemgrep\n", "x.csv")
    assert [(f.line, f.rule_id, f.severity) for f in findings] == [
        (2, "card-number-literal", "high"), (3, "card-number-test-literal", "info")]
    assert all(re.search(r"\d{13,}", f.snippet + f.message) is None for f in findings)


@pytest.mark.parametrize(("identifier", "types"), [
    ("ccNumber", {"card_number"}), ("cardNum", {"card_number"}), ("ccn", {"card_number"}),
    ("CC_NUMBER", {"card_number"}), ("customerCardNumber", {"card_number"}), ("cvc", {"security_code"}),
    ("CVV2", {"security_code"}), ("card_cid", {"security_code", "security_code_bare"}),
    ("cid", {"security_code_bare"}), ("acct_number", {"card_number_bare"}), ("cardLast4", set()),
    ("maskedCardNumber", set()), ("card_number_token", set()), ("encrypted_pan", set()), ("japan", set()),
    ("span", set()), ("userEmail", {"email", "user_identity"}), ("hashed_password", set()),
    ("billing_address", {"postal_address"}), ("ip_address", {"ip_address"}), ("address", set()),
])
def test_classify(identifier: str, types: set[str]) -> None:
    assert classify(identifier) == types


def test_normalise_splits_camel_case_and_separators() -> None:
    assert normalise("CCNumber") == normalise("cc-number") == normalise("cc_number") == "cc_number"
    assert normalise("addressLine_1") == "address_line1"


def test_semgrep_regex_agrees_with_python_matching() -> None:
    names = ["ccNumber", "card_number", "CardNumber", "cardNumberValue", "card_number_last4", "maskedPan", "PAN",
             "userPAN", "panel", "Span", "cvv_2", "cvvToken", "isValidCvv", "user.email", "$user->email", ":email",
             "'email'", "email_hash", "national_id", "dateOfBirth", "first_name", "name", "password_confirmation",
             # a leading sigil or quote must not let a safe word slip through (the regex backtracked past it)
             ":masked_pan", '"masked_pan"', "$maskedPan", "@masked_pan", "'card_number_last4'", ":cvv_token", "`hashed_email`"]
    vocab = vocabulary()
    for type_name in vocab.types:
        pattern = re.compile(regex([type_name]))
        for name in names:
            assert bool(pattern.match(name)) == (type_name in classify(name)), (type_name, name)


def test_regex_handles_lookups_but_not_sentences_or_wrappers() -> None:
    pattern = re.compile(regex(["card_number"]))
    for text in ['data["card_number"]', "params[:pan]", 'request.get("ccNumber")', "req.getCardNumber()"]:
        assert pattern.match(text), text
    for text in ['"Enter your card number"', "mask(card_number)", "card_number.length"]:
        assert not pattern.match(text), text
    columns = re.compile(regex(["card_number"], form="list"))
    assert columns.match("id, `pan`, amount") and not columns.match("id, `masked_pan`, amount")


def test_fingerprint_survives_line_moves_and_counts_repeats() -> None:
    a = fingerprint("r", "a.py", "  logger.info(email)", 0)
    assert a == fingerprint("r", "a.py", "logger.info(email)   ", 0)
    assert a != fingerprint("r", "a.py", "logger.info(email)", 1)
    assert a != fingerprint("r", "b.py", "logger.info(email)", 0)


def test_walk_respects_ignore_files_and_excludes(tmp_path: Path) -> None:
    for rel in ["a.csv", "build/b.csv", "sub/c.csv", "sub/d.log", "node_modules/x.csv", "skip/e.csv", "f.csv"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    (tmp_path / ".gitignore").write_text("build/\n")
    (tmp_path / "sub" / ".gitignore").write_text("*.log\n")
    (tmp_path / ".semgrepignore").write_text("skip/\n")
    found = {p.relative_to(tmp_path).as_posix() for p in iter_files(tmp_path, ["f.csv"])}
    assert found == {"a.csv", "sub/c.csv", ".gitignore", "sub/.gitignore", ".semgrepignore"}


def test_walk_skips_symlinks_rule_dirs_and_nested_ignores(tmp_path: Path) -> None:
    outside = tmp_path / "outside.csv"
    outside.write_text("x")
    root = tmp_path / "tree"
    for rel in ["rules/r.yaml", "a/b/keep.txt", "a/b/drop.tmp", "a/c/keep.tmp", "ab/drop.tmp"]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("x")
    (root / "a" / "b" / ".gitignore").write_text("*.tmp\n")
    (root / "ab" / ".gitignore").write_text("drop.tmp\n")
    (root / "link.csv").symlink_to(outside)
    found = {p.relative_to(root).as_posix() for p in iter_files(root, [], [root / "rules"])}
    assert found == {"a/b/keep.txt", "a/b/.gitignore", "a/c/keep.tmp", "ab/.gitignore"}


def test_packed_rules_are_every_rule_of_the_packaged_yaml_files(tmp_path: Path) -> None:
    import json

    import yaml

    from scanner.code import packaged_rules, semgrep

    ids = [r["id"] for p in sorted(packaged_rules().rglob("*.yaml"))
           for r in yaml.safe_load(p.read_text(encoding="utf-8"))["rules"]]
    packed = json.loads(semgrep.pack(packaged_rules(), tmp_path / "r.json").read_text(encoding="utf-8"))["rules"]
    assert sorted(r["id"] for r in packed) == sorted(ids) and len(ids) > 200
    hidden = tmp_path / "user"
    (hidden / ".git").mkdir(parents=True)
    (hidden / ".git" / "x.yaml").write_text("rules: [{id: hidden}]\n")
    (hidden / "mine.yml").write_text("rules: [{id: mine}]\n")
    assert [r["id"] for r in json.loads(semgrep.pack(hidden, tmp_path / "u.json").read_text())["rules"]] == ["mine"]
