"""The scan as one straight line: collectors fill their parts of a ScanResult, then verdicts and the gate
are computed from that result alone. Collectors do their own I/O (a browser, semgrep, a policy file); this
module only orders them, merges their partial results and keeps a failed stage from losing the others.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scanner import __version__
from scanner.config import Config
from scanner.errors import ConfigError, ScanFailure
from scanner.model import ScanError, ScanResult

Progress = Callable[[str], None]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def merge(base: ScanResult, part: ScanResult) -> ScanResult:
    """Concatenate list fields, union dict fields and stages; scalars from `part` win when set."""
    updates: dict[str, Any] = {}
    for f in dataclasses.fields(ScanResult):
        old, new = getattr(base, f.name), getattr(part, f.name)
        if f.name in ("schema_version", "tool", "started", "finished"):
            continue
        if isinstance(old, tuple):
            merged = old + tuple(v for v in new if not (f.name in ("stages", "phases") and v in old))
            updates[f.name] = merged
        elif isinstance(old, dict):
            updates[f.name] = {**old, **new}
        elif new is not None:
            updates[f.name] = new
    return dataclasses.replace(base, **updates)


@dataclass
class Outcome:
    """What a pipeline run produced: the result (always, partial on failure) and the fatal errors."""

    result: ScanResult
    failures: list[str] = field(default_factory=list)
    interrupted: bool = False


def _stage(outcome: Outcome, name: str, target: str, collect: Callable[[], ScanResult]) -> None:
    try:
        part = collect()
    except ScanFailure as exc:
        outcome.failures.append(f"{name}: {exc}")
        part = exc.partial or ScanResult()
        part = dataclasses.replace(part, errors=(*part.errors, ScanError(name, target, str(exc))))
    except (KeyboardInterrupt, ConfigError):
        raise
    except Exception as exc:  # a bug in one collector must not cost the other stages their results
        message = f"internal error: {type(exc).__name__}: {exc}"
        outcome.failures.append(f"{name}: {message}")
        part = ScanResult(errors=(ScanError(name, target, message),))
    part = dataclasses.replace(part, stages=(*part.stages, name) if name not in part.stages else part.stages)
    outcome.result = merge(outcome.result, part)


def run_pipeline(config: Config, stages: tuple[str, ...], out_dir: Path, progress: Progress | None = None) -> Outcome:
    """Run the named stages (crawl, code, policy) in that order, then verdicts and gate."""
    from reports.gate import apply_gate
    from reports.verdicts import evaluate

    target: dict[str, Any] = {}
    if config.site:
        target["url"] = config.site.url
    if config.policy:
        target["policy"] = str(config.policy.path or config.policy.url or "")
    if config.code:
        target["code"] = [str(p) for p in config.code.paths]
    outcome = Outcome(ScanResult(tool={"name": "compliance-scanner", "version": __version__}, started=now(), target=target))
    code_run: Future[ScanResult] | None = None
    site = config.site if "crawl" in stages else None
    code = config.code if "code" in stages else None
    try:
        if code:
            from scanner.code import scan_code
        if code and site:
            # The crawl mostly waits on pages and semgrep mostly computes: run the code stage beside it. Its
            # result is still merged after the crawl's, so the result reads as if the stages ran in order.
            executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="code-stage")
            code_run = executor.submit(scan_code, code, progress)
            executor.shutdown(wait=False)  # the submitted run goes on; the thread ends with it
        if site:
            crawl_target = site
            from scanner.crawl import crawl_site

            _stage(outcome, "crawl", site.url, lambda: crawl_site(crawl_target, out_dir, progress))
        if code:
            code_cfg = code
            collect_code = code_run.result if code_run is not None else (lambda: scan_code(code_cfg, progress))
            _stage(outcome, "code", ", ".join(map(str, code.paths)), collect_code)
        if "policy" in stages and config.policy:
            policy, site_cfg = config.policy, config.site
            from scanner.policy import read_policy

            _stage(outcome, "policy", str(policy.path or policy.url or "site"), lambda: read_policy(policy, site_cfg, progress))
    except KeyboardInterrupt:
        outcome.interrupted = True
        outcome.result = merge(outcome.result, ScanResult(errors=(ScanError("scan", "", "interrupted by the user"),)))
    result = outcome.result
    result = dataclasses.replace(result, verdicts=evaluate(result))
    result = dataclasses.replace(result, gate=apply_gate(result, config.gate), finished=now())
    outcome.result = result
    return outcome
