"""SARIF 2.1.0 for code scanning (GitHub and others): every code finding and every contradicted claim as a
result, with rule metadata, physical locations and `partialFingerprints` built from the verdict and finding
fingerprints, so an alert keeps its identity across runs and line moves. A contradicted claim points at
the code that breaks it when there is such code, else at the sentence in the policy (its lines, read from the
policy file when it is still there)."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from reports.evidence import short_hash
from reports.formats.interface import Format
from reports.mask import clip, mask_text
from reports.rules import load_rules
from scanner.model import Claim, CodeFinding, ScanResult, Verdict

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "complianceScanner/v1"
_LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
_SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0", "info": "1.0"}


def _uri(path: str) -> tuple[str, str | None]:
    """(uri, uriBaseId): relative paths stay relative to %SRCROOT%, and so do absolute paths inside the working
    directory (the checkout, in CI): GitHub rejects a file with absolute `file:` URIs it cannot place in the
    checkout. URLs and paths elsewhere stay absolute."""
    if urlsplit(path).scheme in ("http", "https", "file"):
        return path, None
    if path.startswith("/"):
        try:
            path = Path(path).relative_to(Path.cwd()).as_posix()
        except ValueError:
            return "file://" + quote(path), None
    return quote(path.removeprefix("./")), "%SRCROOT%"


def code_prefix(code_paths: list[str] | tuple[str, ...]) -> str:
    """Where the scanned files' paths start, seen from the working directory: findings are recorded relative
    to the scan root (the one folder scanned, a lone file's folder, or the folders' common parent), so a scan
    of `src/` or of staged files would otherwise name `app.py` for `src/app.py`. "" when it cannot be told."""
    try:
        paths = [Path(p).resolve() for p in code_paths]
        if not paths or not all(p.exists() for p in paths):
            return ""
        root = Path(os.path.commonpath([p if p.is_dir() else p.parent for p in paths]))
        rel = root.relative_to(Path.cwd()).as_posix()
    except (OSError, ValueError):
        return ""
    return "" if rel == "." else rel + "/"


class _PolicyText:
    """The policy file as it is on disk now, to turn a claim's sentence into lines and columns (code scanning
    places a result only by `startLine`). Claim offsets index the text the reader saw, which for an HTML
    policy is the extracted text: character offsets are kept only where they index the file itself."""

    def __init__(self, source: str) -> None:
        self.text: str | None = None
        if source and urlsplit(source).scheme not in ("http", "https"):
            try:
                path = Path(source.removeprefix("file://"))
                if path.is_file() and path.stat().st_size <= 5_000_000:
                    self.text = path.read_text(encoding="utf-8-sig", errors="replace")
            except OSError:
                self.text = None

    def region(self, claim: Claim) -> dict[str, Any]:
        snippet = {"text": clip(claim.text, 1000)}
        text = self.text
        if text is None:
            return {"startLine": 1, "snippet": snippet}
        exact = text[claim.start:claim.end] == claim.text
        start = claim.start if exact else text.find(claim.text)
        if start < 0:
            return {"startLine": 1, "snippet": snippet}
        end = start + len(claim.text)
        region: dict[str, Any] = {"startLine": text.count("\n", 0, start) + 1, "startColumn": start - text.rfind("\n", 0, start),
                                  "endLine": text.count("\n", 0, end) + 1, "endColumn": end - text.rfind("\n", 0, end)}
        if exact:
            region.update(charOffset=claim.start, charLength=claim.end - claim.start)
        return {**region, "snippet": snippet}


def _location(path: str, region: dict[str, Any]) -> dict[str, Any]:
    uri, base = _uri(path)
    artifact: dict[str, Any] = {"uri": uri}
    if base:
        artifact["uriBaseId"] = base
    return {"physicalLocation": {"artifactLocation": artifact, "region": region}}


def _code_region(f: CodeFinding) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": max(1, f.line), "snippet": {"text": mask_text(f.snippet)}}
    if f.end_line and f.end_line >= f.line:
        region["endLine"] = f.end_line
    if f.column and f.column > 0:
        region["startColumn"] = f.column
    return region


def finding_fingerprint(f: CodeFinding) -> str:
    """Content, not line number: the same code moved within its file keeps its alert."""
    return f.fingerprint or short_hash("code", f.rule_id, f.path, " ".join(f.snippet.split()))


class SarifFormat(Format):
    name = "sarif"
    filename = "results.sarif"
    media_type = "application/sarif+json"

    def render(self, result: ScanResult) -> bytes:
        self._texts: dict[str, _PolicyText] = {}
        rules: dict[str, dict[str, Any]] = {}
        prefix = code_prefix(result.target.get("code") or [])
        findings = [dataclasses.replace(f, path=prefix + f.path) if not f.path.startswith("/") else f for f in result.code_findings]
        result = dataclasses.replace(result, code_findings=tuple(findings))
        results = [self._finding(f, rules) for f in result.code_findings]
        claims = {c.id: c for c in result.claims}
        for v in result.verdicts:
            if v.status == "contradicted":
                results.append(self._verdict(v, result, claims, rules))
        notifications = [{"level": "error", "message": {"text": clip(f"{e.stage}: {e.target}: {e.message}", 500)}}
                         for e in result.errors]
        invocation: dict[str, Any] = {"executionSuccessful": not result.errors, "toolExecutionNotifications": notifications}
        if result.started:
            invocation["startTimeUtc"] = result.started
        if result.finished:
            invocation["endTimeUtc"] = result.finished
        run: dict[str, Any] = {
            "tool": {"driver": {"name": result.tool.get("name", "compliance-scanner"), "version": result.tool.get("version", "0"),
                                "rules": list(rules.values())}},
            "invocations": [invocation],
            "results": results,
            "properties": {"stages": list(result.stages), "gate": {"passed": result.gate.passed, "reason": result.gate.reason}
                           if result.gate else None},
        }
        # ruleIndex must point into the final rules array
        index = {rid: i for i, rid in enumerate(rules)}
        for res in results:
            res["ruleIndex"] = index[res["ruleId"]]
        return (json.dumps({"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}, indent=2, ensure_ascii=False) + "\n").encode()

    def _finding(self, f: CodeFinding, rules: dict[str, dict[str, Any]]) -> dict[str, Any]:
        severity = f.severity.lower()
        if f.rule_id not in rules:
            rules[f.rule_id] = {
                "id": f.rule_id, "name": f.category,
                "shortDescription": {"text": f.category.replace("_", " ")},
                "fullDescription": {"text": clip(f.message or f.category.replace("_", " "), 1000)},
                "defaultConfiguration": {"level": _LEVEL.get(severity, "warning")},
                "properties": {"tags": ["privacy", "security", f.category, *(f"external/cwe/{c.lower()}" for c in f.cwe)],
                               "security-severity": _SECURITY_SEVERITY.get(severity, "5.0")},
            }
        return {"ruleId": f.rule_id, "level": _LEVEL.get(severity, "warning"),
                "message": {"text": clip(f.message or f"{f.category.replace('_', ' ')}: {f.snippet}", 1000)},
                "locations": [_location(f.path, _code_region(f))],
                "partialFingerprints": {FINGERPRINT_KEY: finding_fingerprint(f)},
                "properties": {"category": f.category, "severity": severity, "confidence": f.confidence, "claims": list(f.claims)}}

    def _verdict(self, v: Verdict, result: ScanResult, claims: dict[str, Any], rules: dict[str, dict[str, Any]]) -> dict[str, Any]:
        rule_id = f"verdict/{v.rule or 'claim'}"
        known = {r.id: r for r in load_rules().all_rules()}
        if rule_id not in rules:
            spec = known.get(v.rule or "")
            rules[rule_id] = {
                "id": rule_id, "name": (v.rule or "claim").replace("-", "_"),
                "shortDescription": {"text": spec.title if spec else "Policy claim contradicted by the evidence"},
                "fullDescription": {"text": "The privacy policy makes a claim that the site or its code contradicts."},
                "help": {"text": (spec.remediation if spec else v.remediation) or "Align practice and policy."},
                "defaultConfiguration": {"level": _LEVEL.get(v.severity, "error")},
                "properties": {"tags": ["privacy", "policy", *v.regulations],
                               "security-severity": _SECURITY_SEVERITY.get(v.severity, "5.0")},
            }
        claim = claims.get(v.claim_id or "")
        policy = str(result.target.get("policy") or "privacy-policy")
        if policy not in self._texts:
            self._texts[policy] = _PolicyText(policy)
        policy_loc = _location(policy, self._texts[policy].region(claim) if claim else {"startLine": 1})
        code_locs = [_location(result.code_findings[e.index].path, _code_region(result.code_findings[e.index]))
                     for e in v.evidence if e.kind == "code_findings" and e.index < len(result.code_findings)]
        quote_text = f" The policy says: \u201c{clip(claim.text, 300)}\u201d" if claim else ""
        evidence = "; ".join(e.summary for e in v.evidence[:3])
        out: dict[str, Any] = {
            "ruleId": rule_id, "level": _LEVEL.get(v.severity, "error"),
            "message": {"text": clip(f"{v.title}.{quote_text} Evidence: {evidence or 'see report'}. {v.remediation}", 2000)},
            "locations": code_locs[:1] or [policy_loc],
            "partialFingerprints": {FINGERPRINT_KEY: v.fingerprint},
            "properties": {"verdict": v.id, "status": v.status, "severity": v.severity, "confidence": v.confidence,
                           "claim": v.claim_id, "regulations": list(v.regulations)},
        }
        related = [policy_loc] if code_locs else []
        related += code_locs[1:10]
        if related:
            out["relatedLocations"] = [{"id": i, **loc} for i, loc in enumerate(related)]
        return out
