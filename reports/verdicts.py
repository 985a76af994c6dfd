"""ScanResult → verdicts, driven by rules/verdicts.toml (see reports.rules). Every claim gets exactly one verdict:
the rules for its type each judge it from their evidence (status by polarity and presence, via the rule's
outcome table) and the weightiest judgement wins; the others stay beside it as `other_judgements`. Evidence that
no claim covers becomes an `undisclosed` verdict per organization, site or code finding. Absence never condemns:
a stage that did not run, a consent choice that was not performed or a "may" claim can yield no contradiction.
No I/O besides loading the rule file once."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import cast

from reports.evidence import Evidence, Item, recipient_fit, short_hash
from reports.rules import Rule, RuleSet, load_rules
from scanner.model import Claim, EvidenceRef, RuleJudgement, ScanResult, Verdict, VerdictStatus, severity_rank

PERSONAL_CODE = frozenset({"pii_logging", "pii_to_third_party"})  # code finding categories that are personal data by rule
MAX_REFS = 50  # per verdict; the full set stays reachable in result.json through the rule's selectors
_LOWER = {"high": "medium", "medium": "low", "low": "low"}
# Weight of a judgement when several rules judge one claim: evidence outweighs absence, blame outweighs praise.
_WEIGHT = {("contradicted", True): 6, ("manual", True): 5, ("consistent", True): 4, ("not_observed", True): 4,
           ("contradicted", False): 3, ("consistent", False): 3, ("not_observed", False): 2, ("manual", False): 1}


@dataclass(frozen=True)
class Judgement:
    rule: Rule
    status: str
    items: tuple[Item, ...]
    unsure: bool = False  # the evidence fits the claim only if qualifiers we cannot check allow it

    @property
    def weight(self) -> int:
        return _WEIGHT.get((self.status, bool(self.items)), 0)


class _Fitter:
    """Does a record fall under what a claim talks about (its data types, recipients, purposes)?"""

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules

    def fit(self, claim: Claim, item: Item, qualifiers: tuple[str, ...]) -> str:
        unsure = False
        if "data_types" in qualifiers and claim.data_types:
            named = set(claim.data_types) | {d for t in claim.data_types for d in self.rules.data_types.get(t, ())}
            if item.data_types is None:
                # A finding of a personal-data category is personal data of some kind: it fits a claim about all
                # of it ("we do not log personal data"). A cookie or an untyped record may hold none: a person decides.
                unsure = not ("*" in named and item.kind == "code_findings" and item.category in PERSONAL_CODE)
            elif "*" not in named and not named & set(item.data_types):
                return "no"
        if "recipients" in qualifiers and claim.recipients:
            fits = {recipient_fit(r, item, self.rules.recipients) for r in claim.recipients}
            if "yes" not in fits:
                if "unsure" not in fits:
                    return "no"
                unsure = True
        if "purposes" in qualifiers and claim.purposes:
            cats = {c for p in claim.purposes for c in self.rules.purposes.get(p, ())}
            if not cats or (item.category is None and item.party == "third"):
                unsure = True  # a purpose we cannot map, or a third party nobody attributed
            elif item.category not in cats:
                return "no"
        return "unsure" if unsure else "yes"


def claim_identity(claim: Claim, occurrence: int) -> str:
    return f"{claim.type}|{claim.polarity}|{' '.join(claim.text.lower().split())}|{occurrence}"


def fingerprint(rule_id: str, status: str, subject: str) -> str:
    """Stable across runs and line moves: rule, status and content identities only (no indices, no lines)."""
    return short_hash("v1", rule_id, status, subject) + short_hash(subject)[:8]


def _refs(items: tuple[Item, ...] | list[Item], group: str = "organization") -> tuple[EvidenceRef, ...]:
    """Up to MAX_REFS references, one per distinct group first so a long list still shows its variety."""
    seen: set[str] = set()
    first: list[Item] = []
    rest: list[Item] = []
    for item in items:
        key = f"{item.kind}|{item.group_key(group)}"
        (rest if key in seen else first).append(item)
        seen.add(key)
    return tuple(EvidenceRef(i.kind, i.index, i.summary) for i in (first + rest)[:MAX_REFS])


class _Evaluator:
    def __init__(self, result: ScanResult, rules: RuleSet) -> None:
        self.result, self.rules = result, rules
        self.evidence = Evidence(result)
        self.fitter = _Fitter(rules)
        self.stages = set(result.stages)
        self._selected: dict[str, list[Item]] = {}
        self.cited: dict[tuple[str, int], set[str]] = {}  # record → claim types it was reported against

    def selected(self, rule: Rule) -> list[Item]:
        if rule.id not in self._selected:
            seen: set[tuple[str, int]] = set()
            items = []
            for sel in rule.evidence:
                for item in self.evidence.select(sel, self.rules.recipients):
                    if (item.kind, item.index) not in seen:
                        seen.add((item.kind, item.index))
                        items.append(item)
            self._selected[rule.id] = items
        return self._selected[rule.id]

    def runnable(self, rule: Rule) -> bool:
        if not rule.stages <= self.stages:
            return False
        # A rule that only looks at phases that did not happen (reject not performed) has seen nothing.
        phased = [s for s in rule.evidence if s.phases]
        if phased and len(phased) == len(rule.evidence) and not any(p in self.evidence.usable_phases for s in phased for p in s.phases):
            return False
        # Tracker rules need attribution: with none in the whole scan, silence would read as innocence.
        return not (any(s.tracker_categories for s in rule.evidence) and self.evidence.has_third_parties
                    and not self.evidence.attributed)

    def judge(self, claim: Claim, rule: Rule) -> Judgement | None:
        if not self.runnable(rule):
            return None
        table = self.rules.outcomes[rule.outcome][claim.polarity]
        fits = []
        for item in self.selected(rule):
            if claim.modality == "conditional" and claim.polarity == "deny" and item.phase == "accept":
                continue  # "unless you consent": what follows consent cannot break it (it does bear out "with your consent, we...")
            fit = self.fitter.fit(claim, item, rule.qualifiers)
            if fit != "no":
                fits.append((item, fit))
        if fits:
            status = table["present"]
            unsure = all(f == "unsure" for _, f in fits)
            if status == "contradicted" and unsure:
                status = "manual"
            return Judgement(rule, status, tuple(i for i, _ in fits), unsure)
        if rule.stages & self.evidence.failed_stages:
            return None  # the stage broke: finding nothing proves nothing
        status = table["absent"]
        if status == "contradicted" and claim.modality == "possible":
            status = "not_observed"  # a "may" is never broken by absence
        return None if status == "none" else Judgement(rule, status, ())

    def claim_verdict(self, claim: Claim, occurrence: int) -> Verdict:
        identity = claim_identity(claim, occurrence)
        rules = [r for r in self.rules.rules if claim.type in r.claim_types]
        judged = [j for j in (self.judge(claim, r) for r in rules) if j is not None]
        broken = any(r.stages - self.stages or r.stages & self.evidence.failed_stages for r in rules)
        if not judged or (broken and not any(j.items for j in judged)):
            return self.unchecked(claim, identity, rules)  # silence from a partial scan is no verdict
        best = max(j.weight for j in judged)
        top = [j for j in judged if j.weight == best]
        lead = max(top, key=lambda j: severity_rank(j.rule.severity))
        items = tuple(i for j in top for i in j.items)
        status = lead.status
        if status in ("contradicted", "manual"):  # already reported against a claim: not undisclosed as well
            for i in items:
                self.cited.setdefault((i.kind, i.index), set()).add(claim.type)
        confidence = lead.rule.confidence if items else "medium"
        if status == "contradicted" and claim.modality != "definite":
            confidence = _LOWER[confidence]
        severity = lead.rule.severity if status in ("contradicted", "manual") else "info"
        skipped = sorted({s for r in rules for s in r.stages - self.stages})
        note = f" ({', '.join(skipped)} stage did not run)" if skipped else ""
        title = (f"{lead.rule.title}: {len(items)} record(s)" if items else f"No evidence found: {lead.rule.title.lower()}") + note
        return Verdict(id="", claim_id=claim.id, status=cast(VerdictStatus, status), severity=severity,
                       evidence=_refs(items), title=title, rule=lead.rule.id, confidence=confidence,
                       regulations=tuple(dict.fromkeys(g for j in top for g in j.rule.regulations)),
                       remediation=lead.rule.remediation if status in ("contradicted", "manual") else "",
                       fingerprint=fingerprint(lead.rule.id, status, identity),
                       other_judgements=tuple(RuleJudgement(j.rule.id, j.status, len(j.items)) for j in judged if j is not lead))

    def unchecked(self, claim: Claim, identity: str, rules: list[Rule]) -> Verdict:
        """A manual checklist item: no scan can check this claim, or the stage that could did not run."""
        checklist = next((c for c in self.rules.checklist if claim.type in c.claim_types), None)
        idle = [r for r in rules if not self.runnable(r)]
        missing = sorted({s for r in idle for s in r.stages - self.stages})
        phases = sorted({p for r in idle for sel in r.evidence for p in sel.phases} - self.evidence.usable_phases)
        unattributed = any(sel.tracker_categories for r in idle for sel in r.evidence) and not self.evidence.attributed
        failed = sorted({s for r in rules for s in r.stages & self.evidence.failed_stages})
        if missing:
            title = f"Not checked: the {', '.join(missing)} stage did not run"
        elif failed:
            title = f"Not checked: the {', '.join(failed)} stage failed (see errors), so finding nothing proves nothing"
        elif unattributed:
            title = "Not checked: no third party in this scan was attributed to an organization or tracker category"
        elif phases:
            title = f"Not checked: the {', '.join(phases)} phase did not run or its consent choice was not performed"
        elif checklist:
            title = f"Check by hand: no scan can verify a {claim.type.replace('_', ' ')} claim"
        elif rules:
            title = "Check by hand: the scan found nothing that bears on this claim"
        else:
            title = "Check by hand: no automated rule covers this claim"
        return Verdict(id="", claim_id=claim.id, status="manual", severity=checklist.severity if checklist else "low",
                       title=title, rule="checklist", confidence="low",
                       regulations=checklist.regulations if checklist else (),
                       remediation=checklist.remediation if checklist else "Verify this claim by hand.",
                       fingerprint=fingerprint("checklist", "manual", identity))

    def covered(self, rule: Rule, item: Item) -> bool:
        # A finding's own `claims` say what it bears on (security_measures...), not what discloses it.
        types = set(rule.covered_by)
        pattern = re.compile(rule.covered_text) if rule.covered_text else None
        for claim in self.result.claims:
            # A denial discloses nothing; what contradicts one is reported against it (see `cited`).
            if claim.polarity == "deny" or claim.type not in types:
                continue
            if pattern and not pattern.search(claim.text):
                continue
            # Disclosure must be positive: a claim whose fit we cannot confirm does not disclose.
            if self.fitter.fit(claim, item, ("data_types", "recipients")) == "yes":
                return True
        return False

    def undisclosed(self, rule: Rule) -> list[Verdict]:
        if not rule.stages <= self.stages:
            return []
        groups: dict[str, list[Item]] = {}
        memo: dict[tuple[object, ...], bool] = {}
        for item in self.selected(rule):
            if self.cited.get((item.kind, item.index), set()) & set(rule.covered_by):
                continue
            key = (item.party, item.category, item.data_types, item.claims)
            if key not in memo:
                memo[key] = self.covered(rule, item)
            if not memo[key]:
                groups.setdefault(item.group_key(rule.group), []).append(item)
        out = []
        for subject, items in sorted(groups.items()):
            title = f"{rule.title}: {subject}" if rule.group != "finding" else f"{rule.title}: {items[0].summary}"
            out.append(Verdict(id="", claim_id=None, status="undisclosed", severity=rule.severity, evidence=_refs(items, rule.group),
                               title=title, rule=rule.id, confidence=rule.confidence, regulations=rule.regulations,
                               remediation=rule.remediation, fingerprint=fingerprint(rule.id, "undisclosed", subject)))
        return out


def evaluate(result: ScanResult, rules: RuleSet | None = None) -> tuple[Verdict, ...]:
    """One verdict per claim, then one per undisclosed group; ids V001… in that order."""
    ev = _Evaluator(result, rules or load_rules())
    verdicts: list[Verdict] = []
    seen: dict[str, int] = {}
    for claim in result.claims:
        base = claim_identity(claim, 0)
        seen[base] = seen.get(base, -1) + 1
        verdicts.append(ev.claim_verdict(claim, seen[base]))
    # Without a policy nothing can be called undisclosed; a policy that could not be read says nothing either.
    if "policy" in ev.stages and "policy" not in ev.evidence.failed_stages:
        for rule in ev.rules.disclose:
            verdicts += ev.undisclosed(rule)
    return tuple(dataclasses.replace(v, id=f"V{n:03d}") for n, v in enumerate(verdicts, 1))
