"""What changed between two scheduled scans: third parties, cookies and trackers that appeared or went, and
contradictions that are new or resolved. Records are matched by content (site; cookie name and domain;
tracker organization and category; verdict fingerprint), never by position, so a re-ordered crawl shows
no change. What a stage that did not run or failed in the new scan no longer shows is "not checked", never
"resolved". Rendered as Markdown for a job page and as JSON for tooling."""

from __future__ import annotations

import json
from dataclasses import dataclass

from reports.formats.markdown import md
from scanner.model import ScanResult


@dataclass(frozen=True)
class Delta:
    """One kind of record: what is new in the second scan and what is gone from it."""

    kind: str
    added: tuple[dict[str, str], ...] = ()
    removed: tuple[dict[str, str], ...] = ()


@dataclass(frozen=True)
class Changes:
    old: dict[str, str]
    new: dict[str, str]
    deltas: tuple[Delta, ...]
    unchecked: tuple[str, ...] = ()  # stages of the old scan that the new one did not run or that failed in it

    @property
    def empty(self) -> bool:
        return not any(d.added or d.removed for d in self.deltas)


def _third_parties(r: ScanResult) -> dict[str, dict[str, str]]:
    return {tp.site: {"site": tp.site, "organization": tp.organization or "", "category": tp.category or ""} for tp in r.third_parties}


def _cookies(r: ScanResult) -> dict[str, dict[str, str]]:
    return {f"{c.name}|{c.domain}": {"name": c.name, "domain": c.domain, "party": c.party} for c in r.cookies}


def _trackers(r: ScanResult) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    pairs = [(q.tracker, q.site) for q in r.requests] + [(c.tracker, c.site or c.domain.lstrip(".")) for c in r.cookies]
    for t, site in pairs:
        if t is None:
            continue
        who = t.organization or site
        out.setdefault(f"{who}|{t.category}", {"organization": who, "category": t.category, "site": site})
    return out


def _contradictions(r: ScanResult) -> dict[str, dict[str, str]]:
    claims = {c.id: c.text for c in r.claims}
    return {v.fingerprint: {"fingerprint": v.fingerprint, "severity": v.severity, "title": v.title, "rule": v.rule or "",
                            "claim": claims.get(v.claim_id or "", "")}
            for v in r.verdicts if v.status == "contradicted"}


def _undisclosed(r: ScanResult) -> dict[str, dict[str, str]]:
    return {v.fingerprint: {"fingerprint": v.fingerprint, "severity": v.severity, "title": v.title, "rule": v.rule or ""}
            for v in r.verdicts if v.status == "undisclosed"}


_KINDS = (("third_parties", _third_parties), ("cookies", _cookies), ("trackers", _trackers),
          ("contradictions", _contradictions), ("undisclosed", _undisclosed))


def _about(r: ScanResult) -> dict[str, str]:
    gate = "none" if r.gate is None else "passed" if r.gate.passed else "failed"
    return {"target": str(r.target.get("url") or r.target.get("policy") or ""), "started": r.started or "", "gate": gate}


# The stages whose silence in the new scan makes a record's absence mean nothing.
_NEEDS = {"third_parties": {"crawl"}, "cookies": {"crawl"}, "trackers": {"crawl"},
          "contradictions": {"crawl", "code", "policy"}, "undisclosed": {"crawl", "code", "policy"}}


def diff_results(old: ScanResult, new: ScanResult) -> Changes:
    from reports.evidence import Evidence

    unchecked = tuple(sorted((set(old.stages) - set(new.stages)) | (Evidence(new).failed_stages & set(old.stages))))
    deltas = []
    for kind, keyed in _KINDS:
        a, b = keyed(old), keyed(new)
        deltas.append(Delta(kind, tuple(b[k] for k in sorted(b.keys() - a.keys())), tuple(a[k] for k in sorted(a.keys() - b.keys()))))
    return Changes(_about(old), _about(new), tuple(deltas), unchecked)


def _unsure(changes: Changes, kind: str) -> bool:
    """Absent from the new scan only because a stage it needs did not run or failed there."""
    return bool(_NEEDS[kind] & set(changes.unchecked))


def render_json(changes: Changes) -> str:
    data = {"old": changes.old, "new": changes.new, "changed": not changes.empty, "unchecked_stages": list(changes.unchecked),
            **{d.kind: {"added": list(d.added), "removed": list(d.removed), "removed_unchecked": _unsure(changes, d.kind)}
               for d in changes.deltas}}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _line(kind: str, rec: dict[str, str]) -> str:
    if kind == "third_parties":
        return f"{md(rec['site'], 80)} ({md(rec['organization'] or 'unknown owner', 60)}, {md(rec['category'] or 'uncategorised', 30)})"
    if kind == "cookies":
        return f"`{md(rec['name'], 60)}` on {md(rec['domain'], 80)} ({rec['party']} party)"
    if kind == "trackers":
        return f"{md(rec['organization'], 60)} ({md(rec['category'], 30)})"
    claim = f": “{md(rec['claim'], 160)}”" if rec.get("claim") else ""
    return f"{rec['severity']}: {md(rec['title'], 160)}{claim} `{rec['fingerprint']}`"


def render_markdown(changes: Changes) -> str:
    out = [f"## Scan diff: {md(changes.old.get('started') or 'old', 40)} → {md(changes.new.get('started') or 'new', 40)}", ""]
    out.append(f"Gate: {changes.old['gate']} → {changes.new['gate']}")
    if changes.unchecked:
        out += ["", f"**The new scan is incomplete:** the {', '.join(changes.unchecked)} stage did not run or failed there, so what "
                    "it no longer shows from that stage was not checked, not resolved."]
    if changes.empty:
        return "\n".join([*out, "", "No changes in third parties, cookies, trackers or findings."]) + "\n"
    titles = {"third_parties": "Third parties", "cookies": "Cookies", "trackers": "Trackers",
              "contradictions": "Contradictions", "undisclosed": "Undisclosed practices"}
    for d in changes.deltas:
        if not (d.added or d.removed):
            continue
        out += ["", f"### {titles[d.kind]}: {len(d.added)} new, {len(d.removed)} gone", ""]
        gone_word = "not checked" if _unsure(changes, d.kind) else "resolved" if d.kind in ("contradictions", "undisclosed") else "gone"
        out += [f"- **new** {_line(d.kind, rec)}" for rec in d.added]
        out += [f"- {gone_word} {_line(d.kind, rec)}" for rec in d.removed]
    return "\n".join(out) + "\n"


__all__ = ["Changes", "Delta", "diff_results", "render_json", "render_markdown"]
