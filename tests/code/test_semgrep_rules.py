"""The packaged Semgrep rules pass their own tests (`ruleid:` / `ok:` annotations beside each rule file), and
the regular expressions they carry are the ones rules/vocabulary.toml generates today."""

from __future__ import annotations

import subprocess

import pytest

from scanner.code import semgrep
from scanner.code.rulegen import rule_files, stale
from scanner.resources import rules_dir


@pytest.mark.semgrep
def test_semgrep_rule_tests_pass() -> None:
    rules = rules_dir() / "semgrep"
    proc = subprocess.run(
        [semgrep.find_semgrep(), "--test", "--metrics=off", "--disable-version-check", str(rules)],
        capture_output=True, text=True, env=semgrep.environment(), timeout=600,
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output[-4000:]
    assert "All tests passed" in output, output[-4000:]


def test_rules_match_vocabulary() -> None:
    assert rule_files(), "no rule files found"
    assert stale() == [], "rules out of date with vocabulary.toml: run python -m scanner.code.rulegen"


def test_every_rule_has_metadata_and_a_test_file() -> None:
    import yaml

    categories = {"pii_logging", "card_number_storage", "card_security_code_storage", "card_data_logging",
                  "pii_to_third_party", "insecure_transport"}
    claims = {"collects", "uses_cookies", "uses_web_beacons", "third_party_advertising", "third_party_analytics",
              "shares_personal_data", "sells_personal_data", "stores_full_card_number", "stores_card_security_code",
              "stores_partial_card", "encrypts_in_transit", "links_ip_to_identity", "retention",
              "collects_from_children", "honors_do_not_track", "consent_for_tracking", "security_measures"}
    ids: set[str] = set()
    for path in rule_files():
        tests = [p for p in path.parent.glob(path.stem + ".*") if p.suffix not in (".yaml", ".yml")]
        assert tests, f"{path}: no test file beside it"
        for rule in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]:
            meta = rule["metadata"]
            assert rule["id"] not in ids and "." not in rule["id"], rule["id"]
            ids.add(rule["id"])
            assert meta["category"] in categories and meta["category"] == path.parent.name, rule["id"]
            assert meta["cwe"] and meta["owasp"] and meta["regulation"] and meta["confidence"], rule["id"]
            assert set(meta["claims"]) <= claims and meta["claims"], rule["id"]
            assert len(rule["message"]) > 60 and rule["severity"] in ("ERROR", "WARNING", "INFO"), rule["id"]


def test_hint_regex_is_a_necessary_condition_of_the_name_regex() -> None:
    """The cheap `/hint` prefilter the taint sources run first must never reject a name the full
    expression accepts, in any spelling the normaliser knows."""
    import re

    from scanner.code.vocabulary import regex, vocabulary

    vocab = vocabulary()
    for name, dtype in vocab.types.items():
        full, hint = re.compile(regex([name], vocab)), re.compile(regex([name], vocab, "hint"))
        assert not hint.match("order_total") or name in ("person_object",), name
        for n in dtype.names:
            words = n.split("_")
            spellings = {n, n.upper(), words[0] + "".join(w.capitalize() for w in words[1:]),
                         "user." + n, f'data["{n}"]', "$" + n, ":" + n, "get" + "".join(w.capitalize() for w in words) + "()"}
            for s in spellings:
                if full.match(s):
                    assert hint.match(s), (name, s)
