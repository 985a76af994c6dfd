"""The embedded demo: `compliance-scan demo` scans a bundled shop end to end with no network. The package
carries three inputs as data: `site/` (a fictional shop and hand-written look-alikes of its third-party
scripts, one folder per host name, served on loopback by scanner.sitehost and reached by their real names
through --resolve rules), `shop-src/` (the shop's back end in several languages) and `policy.md` (its privacy
policy). The shop keeps some of the policy's promises and breaks others on purpose, so the demo's gate is
meant to fail: the exit code is the gate's, exactly as in a real `compliance-scan run`.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

from scanner.config import FORMATS, CodeConfig, Config, ConsentConfig, PolicyConfig, ReportsConfig, SiteConfig
from scanner.exitcodes import ExitCode
from scanner.model import VERDICT_STATUSES, ScanResult, severity_rank

DEMO_DIR = Path(__file__).resolve().parent
SITE_DIR = DEMO_DIR / "site"
SOURCE_DIR = DEMO_DIR / "shop-src"
POLICY_PATH = DEMO_DIR / "policy.md"
START_URL = "https://www.demo-shop.test/"
STAGES = ("crawl", "code", "policy")
MAX_LISTED = 10  # contradicted and undisclosed verdicts listed in the terminal summary


def demo_config(resolve: list[str], out: Path, formats: list[str] | None = None) -> Config:
    """The configuration a user would write in scan.toml to scan the demo shop on a staging host."""
    site = SiteConfig(
        url=START_URL,
        resolve=resolve,
        insecure=True,  # the loopback host's certificate is self-signed, like many staging servers
        max_pages=20,
        phase_max_pages=3,  # consent phases revisit the start page and two others, pages with forms first
        concurrency=4,
        wait_after_load_ms=400,  # the demo's tags fire within a few hundred milliseconds of load
        page_timeout_s=20,
        # The shop's banner is its own, which autoconsent's rules for known consent platforms cannot know: the
        # generic fallback (buttons found by accessible name) operates it, and skipping autoconsent's detection
        # passes saves several seconds per phase.
        consent=ConsentConfig(autoconsent=False),
    )
    return Config(
        site=site,
        code=CodeConfig(paths=[SOURCE_DIR]),
        policy=PolicyConfig(path=POLICY_PATH),
        reports=ReportsConfig.model_validate({"formats": list(formats or FORMATS), "out_dir": out}),
        base_dir=DEMO_DIR,
    )


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def summary_table(result: ScanResult) -> str:
    """A few aligned lines for a terminal or a CI log: verdicts by status, the gate, what was collected."""
    by_status: Counter[str] = Counter(v.status for v in result.verdicts)
    rows = [("verdicts", ", ".join(f"{by_status[s]} {s}" for s in VERDICT_STATUSES if by_status[s]) or "none")]
    gate = result.gate
    if gate is not None:
        verdict = "passed" if gate.passed else f"FAILED ({gate.reason or 'see the report'})"
        rows.append(("gate", verdict))
    rows += [
        ("site", f"{len(result.pages)} page visits, phases {', '.join(result.phases) or 'none'}"),
        ("evidence", f"{len(result.cookies)} cookies, {len(result.requests)} requests, "
                     f"{len(result.third_parties)} third parties, {len(result.leaks)} leaks"),
        ("code", f"{len(result.code_findings)} findings"),
        ("policy", f"{len(result.claims)} claims, {len(result.policy_findings)} policy findings"),
    ]
    if result.errors:
        rows.append(("errors", f"{len(result.errors)} recorded (see the report)"))
    lines = [f"  {name:<9} {value}" for name, value in rows]
    claims = {c.id: c for c in result.claims}
    shown = [v for v in result.verdicts if v.status in ("contradicted", "undisclosed")]
    shown.sort(key=lambda v: (v.status != "contradicted", -severity_rank(v.severity)))
    for v in shown[:MAX_LISTED]:
        title = v.title.split(": ")[0] if v.claim_id else v.title  # "…: 52 record(s)" is noise here
        claim = claims.get(v.claim_id or "")
        quote = f' — "{_clip(claim.text, 60)}"' if claim else ""
        lines.append(f"    {v.severity:<8} {v.status:<12} {_clip(title, 70)}{quote}")
    if len(shown) > MAX_LISTED:
        lines.append(f"    ... and {len(shown) - MAX_LISTED} more in the report")
    return "\n".join(lines)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def run_demo(out: Path, formats: list[str] | None, quiet: bool) -> int:
    """Serve the shop, scan site + code + policy, write every report; return the gate's exit code."""
    from reports.output import write_reports
    from scanner.pipeline import run_pipeline
    from scanner.sitehost import SiteHost

    started = time.monotonic()
    if not quiet:
        print(f"compliance-scan demo: serving the demo shop on loopback as {START_URL}", file=sys.stderr)
    with SiteHost(SITE_DIR) as host:
        config = demo_config(host.resolve, out, formats)
        outcome = run_pipeline(config, STAGES, out, None if quiet else _progress)
    written, problems = write_reports(outcome.result, out, config.reports.formats)
    elapsed = time.monotonic() - started
    for problem in problems:
        print(f"compliance-scan: {problem}", file=sys.stderr)
    for failure in outcome.failures:
        print(f"compliance-scan: scan error: {failure}", file=sys.stderr)
    report = written.get("html") or written.get("json")
    print(f"Demo report: {report.resolve() if report else out.resolve()}")
    if not quiet:
        print(summary_table(outcome.result))
        for name, path in written.items():
            print(f"  {name:<9} {path}")
    gate = outcome.result.gate
    if outcome.interrupted or outcome.failures or problems:
        code = ExitCode.SCAN_ERROR
        note = "with scan errors (exit 3); the partial results are in the report"
    elif gate is not None and not gate.passed:
        code = ExitCode.GATE_FAILED
        note = "and the gate failed (exit 1), as it is meant to: the demo shop breaks its own policy on purpose"
    else:
        code = ExitCode.OK
        note = "and the gate passed (exit 0), although the demo shop is meant to fail it"
    print(f"Finished in {elapsed:.1f} s {note}.")
    return int(code)
