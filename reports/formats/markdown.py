"""A Markdown summary for CI job pages and pull-request comments: the gate first, counts, then the
contradicted and undisclosed verdicts with the policy's own words, manual checks folded away. Markdown
renderers accept raw HTML, so every site-controlled string is entity-escaped and stripped of Markdown
syntax before it lands in a table cell."""

from __future__ import annotations

import re

from reports.formats.interface import Format
from reports.formats.view import VerdictRow, build_view, status_line
from reports.mask import clip
from scanner.model import ScanResult, severity_rank

_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
MAX_ROWS = 50


def md(text: object, limit: int = 160) -> str:
    """Safe inline Markdown text: masked, one line, HTML entities for <>&, Markdown syntax escaped."""
    value = clip(str(text or ""), limit)
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return _SPECIAL.sub(r"\\\1", value)  # with [ ] escaped no link can form; only http(s) is ever autolinked


def _table(rows: list[VerdictRow]) -> list[str]:
    lines = ["| ID | Severity | Policy says | Finding | Evidence |", "|---|---|---|---|---|"]
    for row in rows[:MAX_ROWS]:
        v = row.verdict
        quote = f"“{md(row.claim.text, 200)}”" if row.claim else "*not in the policy*"
        # the same request on three pages reads as one line here (the HTML report links each record)
        distinct = list(dict.fromkeys(md(e.summary, 120) for e in v.evidence))
        evidence = "<br>".join(distinct[:3]) or "—"
        if len(v.evidence) > 3 or len(distinct) > 3:
            evidence += f"<br>… {len(v.evidence)} records in all"
        gate = {"failing": " **(fails gate)**", "waived": " *(waived)*", "baseline": " *(in baseline)*"}.get(row.gate, "")
        lines.append(f"| {v.id}{gate} | {v.severity} | {quote} | {md(v.title, 200)} | {evidence} |")
    if len(rows) > MAX_ROWS:
        lines.append(f"\n{len(rows) - MAX_ROWS} more in the HTML report.")
    return lines


class MarkdownFormat(Format):
    name = "markdown"
    filename = "summary.md"
    media_type = "text/markdown"

    def render(self, result: ScanResult) -> bytes:
        view = build_view(result)
        icon = "⚪" if view.passed is None else "✅" if view.passed else "❌"
        target = result.target.get("url") or result.target.get("policy") or ", ".join(result.target.get("code", []) or [])
        out = [f"## {icon} Compliance scan: {md(status_line(view), 300)}", ""]
        if target:
            out += [f"Target: {md(target, 200)} · stages: {', '.join(result.stages) or 'none'}", ""]
        out += ["| " + " | ".join(s.replace("_", " ") for s in view.counts) + " |",
                "|" + "---|" * len(view.counts), "| " + " | ".join(str(n) for n in view.counts.values()) + " |", ""]
        out.append(f"{len(result.pages)} pages · {len(result.cookies)} cookies · {len(result.third_parties)} third parties · "
                   f"{len(result.leaks)} leaks · {len(result.code_findings)} code findings · {len(result.claims)} claims · "
                   f"{len(result.policy_findings)} policy findings · "
                   f"{len(result.errors)} errors")
        gate = result.gate
        if gate and gate.expired_waivers:
            out += ["", "**Expired waivers:** " + ", ".join(f"`{md(w, 120)}`" for w in gate.expired_waivers)]
        if gate and gate.unused_waivers:
            out += ["", "Unused waivers: " + ", ".join(f"`{md(w, 60)}`" for w in gate.unused_waivers)]
        for status, heading in (("contradicted", "Contradicted claims"), ("undisclosed", "Undisclosed practices")):
            rows = [r for r in view.rows if r.verdict.status == status]
            if rows:
                out += ["", f"### {heading} ({len(rows)})", "", *_table(rows)]
        if "policy" not in result.stages and result.code_findings:  # no verdicts carry them: list the findings
            ranked = sorted(result.code_findings, key=lambda f: (-severity_rank(f.severity.lower()), f.path, f.line))
            out += ["", f"### Code findings ({len(ranked)})", "", "| Severity | Location | Category | Code (masked) |", "|---|---|---|---|"]
            out += [f"| {md(f.severity.lower(), 10)} | {md(f'{f.path}:{f.line}', 120)} | {md(f.category.replace('_', ' '), 40)} "
                    f"| {md(f.snippet, 120)} |" for f in ranked[:MAX_ROWS]]
            if len(ranked) > MAX_ROWS:
                out.append(f"\n{len(ranked) - MAX_ROWS} more in the HTML report.")
        if result.policy_findings:
            out += ["", f"### Policy findings ({len(result.policy_findings)})", ""]
            out += [f"- {md(f.severity, 10)}: {md(f.message, 300)}" for f in result.policy_findings[:MAX_ROWS]]
        manual = [r for r in view.rows if r.verdict.status == "manual"]
        if manual:
            out += ["", f"<details><summary>Checks for a person ({len(manual)})</summary>", ""]
            out += [f"- **{r.verdict.id}** {md(r.verdict.title, 200)}"
                    + (f": “{md(r.claim.text, 200)}”" if r.claim else "") for r in manual[:MAX_ROWS]]
            out += ["", "</details>"]
        if view.categories:
            out += ["", "### Third parties by category", "", "| Category | Third parties |", "|---|---|"]
            out += [f"| {md(cat.replace('_', ' '), 40)} | {n} |" for cat, n in view.categories]
        if result.errors:
            out += ["", f"### Errors ({len(result.errors)})", ""]
            out += [f"- {md(e.stage, 20)}: {md(e.target, 120)}: {md(e.message, 200)}" for e in result.errors[:20]]
        return ("\n".join(out) + "\n").encode("utf-8")
