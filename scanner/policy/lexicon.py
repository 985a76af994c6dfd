"""The policy reader's knowledge, loaded from `rules/claims/*.toml` and compiled once per process: the data
ontology (data types, recipients, purposes), the cues that scope a claim (negation, modality, conditions,
clause boundaries, contexts that are not claims) and the claim patterns themselves. Keeping all phrases in
data lets an analyst add "we never retain your CVV" style wording without touching Python; a bad regular
expression in those files is reported as a ConfigError naming the file and key, not a traceback.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from scanner.errors import ConfigError
from scanner.policy.gates import LiteralIndex
from scanner.resources import rules_dir


@dataclass(frozen=True)
class ClaimRule:
    """One [[claim]] table of claims.toml, compiled."""

    type: str
    patterns: tuple[re.Pattern[str], ...]
    requires: tuple[str, ...] = ()
    needs: tuple[re.Pattern[str], ...] = ()
    unless: tuple[re.Pattern[str], ...] = ()
    unless_in_trigger: tuple[re.Pattern[str], ...] = ()
    first_party: bool = False
    relative: bool = True
    anywhere: bool = False  # may stand in an antecedent or trailing condition ("only after you consent")
    deny: bool = False  # the trigger itself states a denial ("the CVV is discarded"); a negation makes it affirm
    context: tuple[re.Pattern[str], ...] = ()  # the previous sentence must match one (anaphora: "respond to them")
    options: bool = False  # a "you can ..." clause still states the practice unless it is a user control


@dataclass(frozen=True)
class Lexicon:
    data_types: dict[str, re.Pattern[str]]
    recipients: dict[str, re.Pattern[str]]
    purposes: dict[str, re.Pattern[str]]
    any_data: re.Pattern[str]
    rules: tuple[ClaimRule, ...]
    cues: dict[str, Any]
    masks: re.Pattern[str]
    neg_cue: re.Pattern[str]
    neg_initial: re.Pattern[str]
    neg_after: re.Pattern[str]
    neg_after_practice: re.Pattern[str]
    neg_without: re.Pattern[str]
    neg_determiner: re.Pattern[str]
    user_control: re.Pattern[str]
    obligation_exempt: re.Pattern[str]
    neg_bound: re.Pattern[str]
    retention_bound: re.Pattern[str]
    possible: re.Pattern[str]
    not_possible: re.Pattern[str]
    conditional: re.Pattern[str]
    antecedent_conditional: re.Pattern[str]
    antecedent_neutral: re.Pattern[str]
    clause_split: re.Pattern[str]
    conjunct_verb: re.Pattern[str]
    relative: re.Pattern[str]
    complementizer: re.Pattern[str]
    contact_relative: re.Pattern[str]
    participle: re.Pattern[str]
    gerund_prep: re.Pattern[str]
    obligation: re.Pattern[str]
    third_party_agent: re.Pattern[str]
    third_party_by: re.Pattern[str]
    skip_sentence: AnyOf
    opt_out: re.Pattern[str]
    legal_basis: re.Pattern[str]
    deemed_sale: re.Pattern[str]
    deemed_use: re.Pattern[str]
    deemed_tech: re.Pattern[str]
    internal_recipient: re.Pattern[str]
    subjects: frozenset[str]
    not_main: frozenset[str]
    # the literal gates of every rule's patterns, keyed (rule index, pattern index): which can match a sentence
    gates: LiteralIndex[tuple[int, int]]

    def may_match(self, norm: str) -> dict[int, list[int]]:
        """Rule index -> indexes of its patterns that may match `norm`, in order (the others cannot)."""
        out: dict[int, list[int]] = {}
        for k, j in sorted(self.gates.possible(norm)):
            out.setdefault(k, []).append(j)
        return out


@dataclass(frozen=True)
class AnyOf:
    """Alternatives searched as one: those anchored at the start ("^...") are tried there only (inside one big
    alternation every position of the text would try them again), the others by one search."""

    anchored: re.Pattern[str]
    free: re.Pattern[str]

    def search(self, text: str) -> re.Match[str] | None:
        return self.anchored.match(text) or self.free.search(text)


def _top_level_pipe(fragment: str) -> bool:
    depth, i = 0, 0
    while i < len(fragment):
        c = fragment[i]
        if c == "\\":
            i += 2
            continue
        depth += c in "(["
        depth -= c in ")]"
        if c == "|" and depth == 0:
            return True
        i += 1
    return False


def _any_of(fragments: list[str], where: str) -> AnyOf:
    start = [f for f in fragments if f.startswith("^") and not _top_level_pipe(f)]
    rest = [f for f in fragments if f not in start]
    return AnyOf(_compile(_alt(start) if start else "(?!)", where), _compile(_alt(rest) if rest else "(?!)", where))


def _alt(fragments: list[str]) -> str:
    return "(?:" + "|".join(f"(?:{f})" for f in fragments) + ")"


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ConfigError(f"{where}: bad regular expression: {exc}") from None


def _load(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{path}: claim rules missing from this installation") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


load_toml = _load


def _terms(table: dict[str, Any], where: str) -> dict[str, re.Pattern[str]]:
    return {name: _compile(r"\b" + _alt(entry["terms"]) + r"\b", f"{where}.{name}") for name, entry in table.items()}


def _rule(entry: dict[str, Any], macros: dict[str, str], where: str) -> ClaimRule:
    def expand(text: str) -> str:
        for _ in range(3):  # macros may use macros
            for name, value in macros.items():
                text = text.replace("{" + name + "}", value)
        return text

    def many(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(_compile(expand(p), f"{where}.{key}") for p in entry.get(key, []))

    if "type" not in entry or not entry.get("patterns"):
        raise ConfigError(f"{where}: every [[claim]] needs `type` and `patterns`")
    return ClaimRule(
        type=entry["type"],
        patterns=many("patterns"),
        requires=tuple(entry.get("requires", [])),
        needs=many("needs"),
        unless=many("unless"),
        unless_in_trigger=many("unless_in_trigger"),
        first_party=bool(entry.get("first_party", False)),
        relative=bool(entry.get("relative", True)),
        anywhere=bool(entry.get("anywhere", False)),
        deny=entry.get("polarity", "affirm") == "deny",
        context=many("context"),
        options=bool(entry.get("options", False)),
    )


@cache
def load_lexicon(root: Path | None = None) -> Lexicon:
    """Read and compile rules/claims; cached, so the cost (~50 ms) is paid once per process."""
    base = (root or rules_dir()) / "claims"
    onto, cues, claims = _load(base / "ontology.toml"), _load(base / "cues.toml"), _load(base / "claims.toml")
    where = str(base / "ontology.toml")
    data_types = _terms(onto.get("data_types", {}), f"{where}: data_types")
    data_frags = [f for entry in onto.get("data_types", {}).values() for f in entry["terms"]] + onto.get("generic", {}).get("data", [])
    cwhere = str(base / "cues.toml")
    neg, skip, mod, ante = cues["negation"], cues["skip"], cues["modality"], cues["antecedent"]
    aux = _alt([re.escape(a) for a in skip["auxiliaries"]])
    rules = tuple(
        _rule(entry, claims.get("macros", {}), f"{base / 'claims.toml'}: claim[{i}]") for i, entry in enumerate(claims.get("claim", []))
    )
    agent = skip["third_party_agents"]
    return Lexicon(
        data_types=data_types,
        recipients=_terms(onto.get("recipients", {}), f"{where}: recipients"),
        purposes=_terms(onto.get("purposes", {}), f"{where}: purposes"),
        any_data=_compile(r"\b" + _alt(data_frags) + r"\b", f"{where}: data"),
        rules=rules,
        cues=cues,
        masks=_compile(r"\b" + _alt(cues["masks"]["phrases"]) + r"\b", f"{cwhere}: masks"),
        neg_cue=_compile(r"(?:\b" + _alt([c for c in neg["cues"] if c != "n't"]) + r"\b|n't\b)", f"{cwhere}: negation.cues"),
        neg_initial=_compile(r"^\W*" + _alt(neg["clause_initial"]) + r"\b", f"{cwhere}: negation.clause_initial"),
        neg_after=_compile(r"^\s*" + _alt(neg["after"]), f"{cwhere}: negation.after"),
        neg_after_practice=_compile(r"^\s*" + neg.get("after_practice", "(?!)"), f"{cwhere}: negation.after_practice"),
        neg_without=_compile(r"\b" + neg["without"], f"{cwhere}: negation.without"),
        neg_determiner=_compile(
            # "no A or B": the determiner reaches the second noun of a coordination too
            r"\b" + _alt(neg["determiners"]) + r"\s+(?:[\w'/-]+\s+){0," + str(int(neg["determiner_window"])) + r"}"
            + r"(?:(?:or|and|nor|,)\s+(?:[\w'/-]+\s+){0," + str(int(neg["determiner_window"])) + r"})?$",
            f"{cwhere}: negation.determiners",
        ),
        obligation_exempt=_compile(skip["obligation_exempt"], f"{cwhere}: skip.obligation_exempt"),
        user_control=_compile(r"\b" + _alt(skip["user_control"]) + r"\b", f"{cwhere}: skip.user_control"),
        neg_bound=_compile(r"\b" + _alt(neg["bound"]), f"{cwhere}: negation.bound"),
        retention_bound=_compile(r"\b" + _alt(neg.get("retention_bound", ["(?!)"])), f"{cwhere}: negation.retention_bound"),
        possible=_compile(r"\b" + _alt(mod["possible"]) + r"\b", f"{cwhere}: modality.possible"),
        not_possible=_compile(r"\b" + _alt(mod["not_possible"]) + r"\b", f"{cwhere}: modality.not_possible"),
        conditional=_compile(r"\b" + _alt(mod["conditional"]) + r"\b", f"{cwhere}: modality.conditional"),
        antecedent_conditional=_compile(r"^\W*" + _alt(ante["conditional"]) + r"\b", f"{cwhere}: antecedent.conditional"),
        antecedent_neutral=_compile(r"^\W*" + _alt(ante["neutral"]) + r"\b", f"{cwhere}: antecedent.neutral"),
        clause_split=_compile(_alt(cues["clauses"]["split"]), f"{cwhere}: clauses.split"),
        conjunct_verb=_compile(cues["clauses"]["conjunct_verb"], f"{cwhere}: clauses.conjunct_verb"),
        relative=_compile(r"\b(?:" + skip["relativizer"] + r")$", f"{cwhere}: skip.relativizer"),
        complementizer=_compile(
            r"\b" + _alt([re.escape(c) for c in skip["complementizers"]]) + r"\s+that\s+", f"{cwhere}: complementizers"
        ),
        contact_relative=_compile(
            r"\b"
            + _alt([*data_frags, "things", "anything", "everything"])
            + r"\s+(?:"
            + _alt(skip["subjects"])
            + r")(?:\s+"
            + aux
            + r")*\s*$",
            f"{cwhere}: skip.subjects",
        ),
        participle=_compile(
            r"\b" + skip["participle_nouns"] + r"(?:\s+\w+ed\s+(?:and/or|and|or))?\s+(?:\w+ly\s+)?$", f"{cwhere}: participle_nouns"
        ),
        gerund_prep=_compile(r"\b(?:of|for|about|regarding|concerning|on|in|from|against)\s+$", f"{cwhere}: gerund"),
        obligation=_compile(r"^\W*(?:and |or |but |nor |so )?(?:also )?" + _alt(skip["obligation"]), f"{cwhere}: skip.obligation"),
        third_party_agent=_compile(r"\b" + agent + r"\b", f"{cwhere}: third_party_agents"),
        third_party_by=_compile(r"^[^.;]{0,30}?\bby (?:a |an |our |the |these |those |such |other )?(?:\w+ )?" + agent, f"{cwhere}: by"),
        skip_sentence=_any_of(skip["sentence"], f"{cwhere}: skip.sentence"),
        opt_out=_compile(r"\b" + _alt(skip.get("opt_out", ["(?!)"])) + r"(?:[\s,]+[\w'/-]+){0,6}[\s,]+$", f"{cwhere}: skip.opt_out"),
        legal_basis=_compile(_alt(skip.get("legal_basis", ["(?!)"])), f"{cwhere}: skip.legal_basis"),
        deemed_sale=_compile(_alt(skip.get("deemed_sale", ["(?!)"])), f"{cwhere}: skip.deemed_sale"),
        deemed_use=_compile(skip.get("deemed_use", "(?!)"), f"{cwhere}: skip.deemed_use"),
        deemed_tech=_compile(_alt(skip.get("deemed_tech", ["(?!)"])), f"{cwhere}: skip.deemed_tech"),
        internal_recipient=_compile(_alt(cues.get("sharing", {}).get("internal", ["(?!)"])), f"{cwhere}: sharing.internal"),
        subjects=frozenset(skip["subjects"]),
        not_main=frozenset(ante["not_main"]),
        gates=LiteralIndex({(k, j): p for k, rule in enumerate(rules) for j, p in enumerate(rule.patterns)}),
    )
