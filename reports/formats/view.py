"""What the human-facing formats (HTML, Markdown, JUnit) show, computed once from a ScanResult: verdict
rows joined with their claims and gate state, counts, third parties by category, the consent matrix.
Long tables are capped here (the whole record stays in result.json) so a 500-page scan still renders
into a small, fast report. Text is masked here; escaping belongs to each format."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from reports.mask import clip, mask_text
from scanner.model import PHASES, VERDICT_STATUSES, Claim, ScanResult, Verdict, severity_rank

ROW_CAP = 500
TRACKING = frozenset({"advertising", "analytics", "session_replay", "social"})
STATUS_ORDER = {s: i for i, s in enumerate(("contradicted", "undisclosed", "manual", "not_observed", "consistent"))}


def safe_href(url: str | None) -> str | None:
    """The URL if it may be a link (http or https with a host), masked; None for anything else."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return mask_text(url.strip())


@dataclass(frozen=True)
class VerdictRow:
    verdict: Verdict
    claim: Claim | None
    gate: str  # failing | waived | baseline (known before, not gated) | "" (not gated)

    @property
    def sort_key(self) -> tuple[int, int, str]:
        return (STATUS_ORDER.get(self.verdict.status, 9), -severity_rank(self.verdict.severity), self.verdict.id)


@dataclass(frozen=True)
class PhaseColumn:
    phase: str
    ran: bool
    performed: bool | None
    method: str | None
    detail: str


@dataclass
class View:
    result: ScanResult
    rows: list[VerdictRow] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    categories: list[tuple[str, int]] = field(default_factory=list)
    phases: list[PhaseColumn] = field(default_factory=list)
    matrix: list[tuple[str, str, str, list[int]]] = field(default_factory=list)  # site, org, category, count per phase
    beacons: list[int] = field(default_factory=list)  # request indices
    anchors: set[str] = field(default_factory=set)  # "kind-index" rows the report renders
    truncated: dict[str, int] = field(default_factory=dict)  # table → records left out
    tracking: frozenset[str] = TRACKING

    @property
    def gated(self) -> bool:
        """Without a policy there are no verdicts, so a gate has nothing to judge and "passed" would mislead."""
        return self.result.gate is not None and "policy" in self.result.stages

    @property
    def passed(self) -> bool | None:
        return self.result.gate.passed if self.gated and self.result.gate else None

    def cap(self, name: str, total: int) -> range:
        if total > ROW_CAP:
            self.truncated[name] = total - ROW_CAP
        return range(min(total, ROW_CAP))


def build_view(result: ScanResult) -> View:
    view = View(result)
    claims = {c.id: c for c in result.claims}
    gate = result.gate
    failing = set(gate.failures) if gate else set()
    waived = set(gate.waived) if gate else set()
    # With a baseline, a verdict that would fail but neither fails nor is waived was known before.
    floor = severity_rank(gate.min_severity) if gate else 0
    known = {v.id for v in result.verdicts if gate and gate.baseline and v.status in gate.fail_on
             and severity_rank(v.severity) >= floor and v.id not in failing and v.id not in waived}
    view.rows = sorted((VerdictRow(v, claims.get(v.claim_id or ""), "failing" if v.id in failing else "waived" if v.id in waived
                                   else "baseline" if v.id in known else "")
                        for v in result.verdicts), key=lambda r: r.sort_key)
    counts: Counter[str] = Counter(v.status for v in result.verdicts)
    view.counts = {s: counts.get(s, 0) for s in sorted(VERDICT_STATUSES, key=lambda s: STATUS_ORDER.get(s, 9))}
    cats = Counter((tp.category or "unknown") for tp in result.third_parties)
    view.categories = sorted(cats.items(), key=lambda kv: (-kv[1], kv[0]))
    outcomes = {c.phase: c for c in result.consent}
    ran = set(result.phases)
    view.phases = [PhaseColumn(p, p in ran, outcomes[p].performed if p in outcomes else None,
                               outcomes[p].method if p in outcomes else None, clip(outcomes[p].detail, 120) if p in outcomes else "")
                   for p in PHASES if p in ran or p in outcomes]
    view.matrix = _matrix(result, [c.phase for c in view.phases])
    view.beacons = [i for i, r in enumerate(result.requests) if r.beacon][:ROW_CAP]
    if sum(r.beacon for r in result.requests) > ROW_CAP:
        view.truncated["beacons"] = sum(r.beacon for r in result.requests) - ROW_CAP
    for kind in ("cookies", "storage", "fingerprinting", "leaks", "forms", "code_findings", "transport", "pages"):
        view.anchors |= {f"{kind}-{i}" for i in view.cap(kind, len(getattr(result, kind)))}
    view.anchors |= {f"requests-{i}" for i in view.beacons}
    return view


def _matrix(result: ScanResult, phases: list[str]) -> list[tuple[str, str, str, list[int]]]:
    """Third-party requests per site and phase, trackers first: what fires before consent, after reject, under GPC."""
    owners = {tp.site: (tp.organization or "", tp.category or "") for tp in result.third_parties}
    counts: dict[str, Counter[str]] = {}
    for r in result.requests:
        if r.party != "third":
            continue
        counts.setdefault(r.site, Counter())[r.phase] += 1
        if r.tracker and r.site not in owners:
            owners[r.site] = (r.tracker.organization or "", r.tracker.category)
    rows = [(site, *owners.get(site, ("", "")), [c.get(p, 0) for p in phases]) for site, c in counts.items()]
    rows.sort(key=lambda r: (r[2] not in TRACKING, r[2], r[0]))
    return rows[:ROW_CAP]


def status_line(view: View) -> str:
    gate = view.result.gate
    if gate is not None and not view.gated:
        findings = len(view.result.code_findings)
        found = f": {findings} code finding{'' if findings == 1 else 's'} listed below" if findings else ""
        return f"No gate applied (no policy was read, so there are no verdicts){found}"
    if gate is None:
        return "No gate applied"
    return "Gate passed" if gate.passed else f"Gate FAILED: {gate.reason or 'see failures'}"


def chart(categories: list[tuple[str, int]], width: int = 560, bar: int = 22) -> dict[str, object]:
    """Geometry for the inline SVG bar chart of third parties by category (drawn by the template)."""
    top = max((n for _, n in categories), default=1) or 1
    label_w, gap = 130, 6
    bars = [{"label": cat, "count": n, "y": i * (bar + gap), "w": max(2, round((width - label_w - 50) * n / top))}
            for i, (cat, n) in enumerate(categories)]
    return {"width": width, "height": max(bar, len(bars) * (bar + gap)), "bar": bar, "label_w": label_w, "bars": bars}
