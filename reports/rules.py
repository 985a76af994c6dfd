"""Verdict rules as data: rules/verdicts.toml (found through scanner.resources.rules_dir) parsed once into
frozen dataclasses. The file is edited by analysts, so every mistake in it is refused at load with a
ConfigError naming the file and the key (rule[3].outcome, disclose[1].evidence[0].source, ...) instead of
surfacing later as a wrong verdict."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from scanner.errors import ConfigError
from scanner.model import SEVERITIES, VERDICT_STATUSES
from scanner.resources import rules_dir

SOURCES = ("code_findings", "cookies", "requests", "leaks", "forms", "transport", "storage", "fingerprinting")
CONDITIONS = ("no_https", "insecure_forms", "mixed_content", "insecure_cookies")
QUALIFIERS = ("data_types", "recipients", "purposes")
CONFIDENCES = ("low", "medium", "high")
GROUPS = ("organization", "site", "finding")
_SELECTOR_KEYS = {"source", "categories", "party", "tracker_categories", "phases", "beacon", "insecure", "collects",
                  "condition", "data_types", "recipients", "except_rules"}


@dataclass(frozen=True)
class Selector:
    """One [[*.evidence]] table: which records of one result key count as evidence."""

    source: str
    categories: tuple[str, ...] = ()
    party: str | None = None
    tracker_categories: tuple[str, ...] = ()
    phases: tuple[str, ...] = ()
    beacon: bool | None = None
    insecure: bool | None = None
    collects: bool | None = None
    condition: str | None = None
    data_types: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    except_rules: tuple[str, ...] = ()  # code findings of these rule ids are no evidence (a gateway test number)


@dataclass(frozen=True)
class Rule:
    """A claim-driven rule ([[rule]]) or an evidence-driven one ([[disclose]], kind="disclose")."""

    id: str
    kind: str
    title: str
    evidence: tuple[Selector, ...]
    severity: str
    confidence: str = "medium"
    regulations: tuple[str, ...] = ()
    remediation: str = ""
    claim_types: tuple[str, ...] = ()
    outcome: str = "practice"
    qualifiers: tuple[str, ...] = ()
    covered_by: tuple[str, ...] = ()
    covered_text: str | None = None
    group: str = "site"

    @property
    def stages(self) -> frozenset[str]:
        return frozenset("code" if s.source == "code_findings" else "crawl" for s in self.evidence)


@dataclass(frozen=True)
class Checklist:
    claim_types: tuple[str, ...]
    severity: str
    regulations: tuple[str, ...] = ()
    remediation: str = ""


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    disclose: tuple[Rule, ...]
    checklist: tuple[Checklist, ...]
    outcomes: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    recipients: dict[str, tuple[str, ...]] = field(default_factory=dict)
    purposes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    data_types: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def all_rules(self) -> tuple[Rule, ...]:
        return self.rules + self.disclose


class _Reader:
    """Typed access to one TOML table that names the key path in every error."""

    def __init__(self, source: str, path: str, table: Any) -> None:
        if not isinstance(table, dict):
            raise ConfigError(f"{source}: {path}: must be a table")
        self.source, self.path, self.table = source, path, table

    def fail(self, key: str, message: str) -> ConfigError:
        return ConfigError(f"{self.source}: {self.path}.{key}: {message}")

    def get(self, key: str, kind: type, default: Any = None, required: bool = False, choices: tuple[str, ...] = ()) -> Any:
        if key not in self.table:
            if required:
                raise self.fail(key, "missing")
            return default
        value = self.table[key]
        if kind is tuple:
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                raise self.fail(key, "must be a list of strings")
            bad = [v for v in value if choices and v not in choices]
            if bad:
                raise self.fail(key, f"unknown value {bad[0]!r}; use {', '.join(choices)}")
            return tuple(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(key, f"must be a {kind.__name__}")
        if choices and value not in choices:
            raise self.fail(key, f"unknown value {value!r}; use {', '.join(choices)}")
        return value

    def only(self, allowed: set[str]) -> None:
        extra = sorted(set(self.table) - allowed)
        if extra:
            raise self.fail(extra[0], "unknown key")


def _selector(r: _Reader) -> Selector:
    r.only(_SELECTOR_KEYS)
    return Selector(
        source=r.get("source", str, required=True, choices=SOURCES), categories=r.get("categories", tuple, ()),
        party=r.get("party", str, choices=("first", "third")), tracker_categories=r.get("tracker_categories", tuple, ()),
        phases=r.get("phases", tuple, (), choices=("initial", "accept", "reject", "gpc")), beacon=r.get("beacon", bool),
        insecure=r.get("insecure", bool), collects=r.get("collects", bool),
        condition=r.get("condition", str, choices=CONDITIONS), data_types=r.get("data_types", tuple, ()),
        recipients=r.get("recipients", tuple, ()), except_rules=r.get("except_rules", tuple, ()))


def _rule(r: _Reader, kind: str, outcomes: dict[str, Any]) -> Rule:
    common = {"id", "title", "evidence", "severity", "confidence", "regulations", "remediation"}
    r.only(common | ({"claim_types", "outcome", "qualifiers"} if kind == "rule" else {"covered_by", "covered_text", "group"}))
    evidence = r.get("evidence", list, required=True)
    if not evidence:
        raise r.fail("evidence", "needs at least one selector")
    rule = Rule(
        id=r.get("id", str, required=True), kind=kind, title=r.get("title", str, required=True),
        evidence=tuple(_selector(_Reader(r.source, f"{r.path}.evidence[{i}]", t)) for i, t in enumerate(evidence)),
        severity=r.get("severity", str, required=True, choices=SEVERITIES),
        confidence=r.get("confidence", str, "medium", choices=CONFIDENCES), regulations=r.get("regulations", tuple, ()),
        remediation=r.get("remediation", str, ""), claim_types=r.get("claim_types", tuple, ()),
        outcome=r.get("outcome", str, "practice", choices=tuple(outcomes)), qualifiers=r.get("qualifiers", tuple, (), choices=QUALIFIERS),
        covered_by=r.get("covered_by", tuple, ()), covered_text=r.get("covered_text", str),
        group=r.get("group", str, "site", choices=GROUPS))
    if kind == "rule" and not rule.claim_types:
        raise r.fail("claim_types", "missing")
    if rule.covered_text is not None:
        try:
            re.compile(rule.covered_text)
        except re.error as exc:
            raise r.fail("covered_text", f"bad regular expression: {exc}") from None
    return rule


def _outcomes(source: str, table: Any) -> dict[str, dict[str, dict[str, str]]]:
    out: dict[str, dict[str, dict[str, str]]] = {}
    for name, body in _Reader(source, "outcome", table).table.items():
        out[name] = {}
        for polarity in ("affirm", "deny"):
            cell = _Reader(source, f"outcome.{name}.{polarity}", body.get(polarity) if isinstance(body, dict) else None)
            out[name][polarity] = {k: cell.get(k, str, required=True, choices=(*VERDICT_STATUSES, "none")) for k in ("present", "absent")}
    return out


def parse_rules(text: str, source: str) -> RuleSet:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: invalid TOML: {exc}") from None
    top = _Reader(source, "", data)
    top.path = "(top)"
    top.only({"outcome", "recipients", "purposes", "data_types", "rule", "disclose", "checklist"})
    outcomes = _outcomes(source, data.get("outcome", {}))
    rules = tuple(_rule(_Reader(source, f"rule[{i}]", t), "rule", outcomes) for i, t in enumerate(data.get("rule", [])))
    disclose = tuple(_rule(_Reader(source, f"disclose[{i}]", t), "disclose", outcomes) for i, t in enumerate(data.get("disclose", [])))
    ids = [r.id for r in rules + disclose]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ConfigError(f"{source}: rule id {dupes[0]!r} is used twice")
    checklist = []
    for i, t in enumerate(data.get("checklist", [])):
        r = _Reader(source, f"checklist[{i}]", t)
        r.only({"claim_types", "severity", "regulations", "remediation"})
        checklist.append(Checklist(r.get("claim_types", tuple, required=True), r.get("severity", str, "low", choices=SEVERITIES),
                                   r.get("regulations", tuple, ()), r.get("remediation", str, "")))
    maps = {}
    for key in ("recipients", "purposes", "data_types"):
        r = _Reader(source, key, data.get(key, {}))
        maps[key] = {name: r.get(name, tuple) for name in r.table}
    return RuleSet(rules, disclose, tuple(checklist), outcomes, maps["recipients"], maps["purposes"], maps["data_types"])


@cache
def load_rules(path: Path | None = None) -> RuleSet:
    """The packaged verdict rules (or another file, for tests and analysts trying a change)."""
    path = path or rules_dir() / "verdicts.toml"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read verdict rules ({exc})") from None
    return parse_rules(text, str(path))
