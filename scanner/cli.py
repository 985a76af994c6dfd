"""The command line: arguments → Config → pipeline → reports → exit code. The only module that prints or
exits. Every user mistake becomes one line on stderr and exit 2; a stage that fails writes what it had and
exits 3; otherwise the gate decides between 0 and 1 (see scanner.exitcodes).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from scanner import __version__
from scanner.config import (
    FORMATS,
    CodeConfig,
    Config,
    GateConfig,
    PolicyConfig,
    ReportsConfig,
    SiteConfig,
    load_config,
)
from scanner.errors import ConfigError, ScanFailure, ScannerError
from scanner.exitcodes import ExitCode
from scanner.model import PHASES, SEVERITIES, ScanResult, severity_rank
from scanner.pipeline import Outcome, run_pipeline
from scanner.resolve import Resolver

M = TypeVar("M", bound=BaseModel)


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on its own errors already; this keeps its message to one line with our prefix."""

    def error(self, message: str) -> Any:
        self.exit(ExitCode.USAGE, f"compliance-scan: error: {message}\n")


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _site_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--resolve", action="append", default=[], metavar="HOST[:PORT]=ADDR[:PORT]",
                   help="send HOST (or * / *.domain) to ADDR, like curl --resolve; repeatable")
    p.add_argument("--insecure", action="store_true", help="accept self-signed or invalid TLS certificates")
    p.add_argument("--browser", metavar="PATH", help="Chromium executable (default: found automatically)")


def _common(p: argparse.ArgumentParser, default_out: str | None = "compliance-report", out_help: str = "",
            formats_help: str = "json and html") -> None:
    p.add_argument("--out", type=Path, default=Path(default_out) if default_out else None, metavar="DIR",
                   help=f"output directory (default: {out_help or default_out})")
    p.add_argument("--format", action="append", choices=FORMATS, dest="formats", metavar="FORMAT",
                   help=f"report format, repeatable: {', '.join(FORMATS)} (default: {formats_help}; result.json is always written)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress lines")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="compliance-scan", description="Check that a website and its code keep their privacy policy's promises.")
    parser.add_argument("--version", action="version", version=f"compliance-scan {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("crawl", help="crawl a site in headless Chromium and record what it does")
    p.add_argument("url")
    p.add_argument("--max-pages", type=int, default=None, metavar="N", help="most pages crawled in the initial phase (default 50)")
    p.add_argument("--max-depth", type=int, default=None, metavar="N", help="most link hops from the start page (default 5)")
    p.add_argument("--concurrency", type=int, default=None, metavar="N", help="pages rendered at once (default 6)")
    p.add_argument("--phases", default=None, metavar="LIST", help=f"comma-separated, of {','.join(PHASES)} (default: all)")
    p.add_argument("--ignore-robots", action="store_true", help="do not obey robots.txt (for owners auditing their own site)")
    p.add_argument("--screenshots", action="store_true", help="save a screenshot of every page under DIR/screenshots/")
    _site_args(p)
    _common(p)

    p = sub.add_parser("code", help="scan source code with the packaged Semgrep rules")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--exclude", action="append", default=[], metavar="GLOB", help="skip files matching GLOB; repeatable")
    p.add_argument("--rules", action="append", default=[], type=Path, metavar="DIR", help="extra Semgrep rule directory")
    p.add_argument("--fail-on-findings", nargs="?", const="low", default=None, choices=SEVERITIES, metavar="SEVERITY",
                   help="print each finding and exit 1 when one is at SEVERITY (default low) or above; for pre-commit hooks")
    _common(p)

    p = sub.add_parser("policy", help="read a privacy policy into structured, cited claims")
    p.add_argument("source", metavar="FILE_OR_URL")
    _site_args(p)
    _common(p)

    p = sub.add_parser("run", help="crawl + code + policy + verdicts + gate, as scan.toml says")
    p.add_argument("--config", type=Path, default=Path("scan.toml"), metavar="FILE", help="configuration file (default: scan.toml)")
    p.add_argument("--baseline", type=Path, default=None, metavar="RESULT_JSON", help="gate only on findings new since this result")
    p.add_argument("--waivers", type=Path, default=None, metavar="FILE", help="waivers file (overrides gate.waivers)")
    _common(p, default_out=None, out_help="reports.out_dir of the configuration, else compliance-report",
            formats_help="reports.formats of the configuration, else all")

    p = sub.add_parser("demo", help="scan the bundled demo shop, code and policy end to end")
    _common(p, default_out="compliance-demo", formats_help="all")

    p = sub.add_parser("report", help="re-render reports from a saved result.json")
    p.add_argument("result", type=Path, metavar="RESULT_JSON")
    _common(p, default_out=".", formats_help="html")

    p = sub.add_parser("diff", help="what changed between two scans")
    p.add_argument("old", type=Path, metavar="OLD_JSON")
    p.add_argument("new", type=Path, metavar="NEW_JSON")
    p.add_argument("--out", type=Path, default=None, metavar="DIR", help="also write diff.md and diff.json here")
    p.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    return parser


def _site_from(args: argparse.Namespace, url: str) -> SiteConfig:
    Resolver.parse(args.resolve)  # validate early: a bad rule is a usage error
    values: dict[str, Any] = {"url": url, "resolve": args.resolve, "insecure": args.insecure, "browser": args.browser}
    for key in ("max_pages", "max_depth", "concurrency"):
        if getattr(args, key, None) is not None:
            values[key] = getattr(args, key)
    if getattr(args, "phases", None):
        values["phases"] = [p.strip() for p in args.phases.split(",") if p.strip()]
    if getattr(args, "ignore_robots", False):
        values["robots"] = False
    if getattr(args, "screenshots", False):
        values["screenshots"] = True
    return _validated(SiteConfig, values, "crawl")


def _validated(cls: type[M], values: dict[str, Any], what: str) -> M:
    from pydantic import ValidationError

    try:
        return cls.model_validate(values)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(k) for k in err["loc"])
        raise ConfigError(f"{what}: {key.replace('_', '-')}: {err['msg'].removeprefix('Value error, ')}") from None


def _config_for(args: argparse.Namespace) -> tuple[Config, tuple[str, ...]]:
    formats = args.formats
    if args.command == "crawl":
        cfg = Config(site=_site_from(args, args.url))
        stages: tuple[str, ...] = ("crawl",)
    elif args.command == "code":
        # scan_code checks the paths and rule directories itself (ConfigError → exit 2) before any work.
        cfg = Config(code=CodeConfig(paths=args.paths, exclude=args.exclude, rule_dirs=args.rules))
        stages = ("code",)
    elif args.command == "policy":
        source: str = args.source
        if source.startswith(("http://", "https://")):
            wants_site = args.resolve or args.insecure or args.browser
            cfg = Config(policy=PolicyConfig(url=source), site=_site_from(args, source) if wants_site else None)
        else:
            if not Path(source).exists():
                raise ConfigError(f"policy: {source}: no such file")
            cfg = Config(policy=PolicyConfig(path=Path(source)))
        stages = ("policy",)
    else:  # run
        cfg = load_config(args.config)
        gate = cfg.gate
        if args.baseline or args.waivers:
            for flag, path in (("--baseline", args.baseline), ("--waivers", args.waivers)):
                if path is not None and not path.exists():
                    raise ConfigError(f"run: {flag} {path}: no such file")
            gate = GateConfig(**{**gate.model_dump(), **({"baseline": args.baseline} if args.baseline else {}),
                                 **({"waivers": args.waivers} if args.waivers else {})})
        cfg = cfg.model_copy(update={"gate": gate})
        from reports.waivers import load_baseline, load_waivers

        if gate.waivers:  # refuse a bad waivers file or baseline before a long scan, not after it
            load_waivers(gate.waivers)
        if gate.baseline:
            load_baseline(gate.baseline)
        stages = tuple(s for s, part in (("crawl", cfg.site), ("code", cfg.code), ("policy", cfg.policy)) if part)
        if not stages:
            raise ConfigError(f"{args.config}: nothing to scan: add a [site], [code] or [policy] section")
        if cfg.policy and len(stages) > 1:
            _check_policy_input(cfg.policy, cfg.site)
    reports = cfg.reports
    out = args.out if args.out is not None else reports.out_dir
    reports = ReportsConfig(formats=formats or (reports.formats if args.command == "run" else ["json", "html"]), out_dir=out)
    return cfg.model_copy(update={"reports": reports}), stages


def _output_dir(out: Path, what: str = "--out") -> None:
    """Create the output directory before any work: a scan whose reports cannot be written is lost."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"{what} {out}: cannot create the output directory ({exc.strerror or exc})") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise ConfigError(f"{what} {out}: the output directory is not writable")


def _check_policy_input(policy: PolicyConfig, site: SiteConfig | None) -> None:
    """The policy stage runs last: an unusable policy file (empty, binary, not English) or a policy with no
    source would otherwise end the run with exit 2 only after the crawl and the code scan, losing both."""
    if policy.path is not None:
        from scanner.policy.text import load_file

        load_file(policy.path)  # raises a ConfigError naming the file
    elif policy.url is None and (site is None or not policy.discover):
        raise ConfigError("policy: give policy.path or policy.url (or a [site] with policy.discover = true)")


def _summary(result: ScanResult) -> str:
    counts: dict[str, int] = {}
    for v in result.verdicts:
        counts[v.status] = counts.get(v.status, 0) + 1
    parts = [f"{len(result.pages)} pages", f"{len(result.cookies)} cookies", f"{len(result.third_parties)} third parties",
             f"{len(result.code_findings)} code findings", f"{len(result.claims)} claims"]
    verdicts = ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "no verdicts"
    reason = result.gate.reason if result.gate else ""
    gate = "passed" if result.gate and result.gate.passed else f"FAILED ({reason})" if reason else "FAILED"
    if "policy" not in result.stages:
        return f"{'; '.join(parts)}. No policy read: no verdicts, no gate."
    return f"{'; '.join(parts)}. Verdicts: {verdicts}. Gate {gate}."


def _finish(outcome: Outcome, cfg: Config, quiet: bool) -> int:
    from reports.output import write_reports

    written, problems = write_reports(outcome.result, cfg.reports.out_dir, cfg.reports.formats)
    for problem in problems:
        print(f"compliance-scan: {problem}", file=sys.stderr)
    for failure in outcome.failures:
        stage, _, message = failure.partition(": ")
        if message.startswith(f"{stage}: "):  # the stage's own message already names it
            failure = message
        print(f"compliance-scan: scan error: {failure}", file=sys.stderr)
    if not quiet:
        print(_summary(outcome.result))
        for name, path in written.items():
            print(f"  {name:<9} {path}")
    if outcome.interrupted:
        print("compliance-scan: interrupted; partial results written", file=sys.stderr)
        return ExitCode.SCAN_ERROR
    if outcome.failures or problems:
        return ExitCode.SCAN_ERROR
    gate = outcome.result.gate
    return ExitCode.OK if gate is None or gate.passed else ExitCode.GATE_FAILED


def _findings_gate(result: ScanResult, floor: str) -> int:
    """`code --fail-on-findings`: without a policy no finding becomes a verdict, so a hook gates on the
    findings themselves, printed as path:line lines an editor or pre-commit can show."""
    from reports.formats.sarif import code_prefix

    prefix = code_prefix(result.target.get("code") or [])  # paths as the user (or pre-commit) can open them
    hits = [f for f in result.code_findings if severity_rank(f.severity) >= severity_rank(floor)]
    for f in hits:
        print(f"{prefix if not f.path.startswith('/') else ''}{f.path}:{f.line}: {f.severity}: {f.category}: {f.message or f.rule_id}")
    return ExitCode.GATE_FAILED if hits else ExitCode.OK


def _report(args: argparse.Namespace) -> int:
    from reports.output import write_reports
    from scanner.serde import load_result

    try:
        result = load_result(args.result)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    _output_dir(args.out)
    written, problems = write_reports(result, args.out, args.formats or ["html"])
    for problem in problems:
        print(f"compliance-scan: {problem}", file=sys.stderr)
    for name, path in written.items():
        if not args.quiet:
            print(f"  {name:<9} {path}")
    return ExitCode.SCAN_ERROR if problems else ExitCode.OK


def _diff(args: argparse.Namespace) -> int:
    from scanner.serde import load_result

    try:
        old, new = load_result(args.old), load_result(args.new)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    from reports.diff import diff_results, render_json, render_markdown

    changes = diff_results(old, new)
    markdown, data = render_markdown(changes), render_json(changes)
    if args.out:
        _output_dir(args.out)
        (args.out / "diff.md").write_text(markdown, encoding="utf-8")
        (args.out / "diff.json").write_text(data, encoding="utf-8")
    print(data if args.json else markdown)
    return ExitCode.OK


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return ExitCode.USAGE
    try:
        if args.command == "report":
            return _report(args)
        if args.command == "diff":
            return _diff(args)
        if args.command == "demo":
            from scanner.demo import run_demo

            _output_dir(args.out)
            return run_demo(args.out, args.formats, quiet=args.quiet)
        cfg, stages = _config_for(args)
        _output_dir(cfg.reports.out_dir, "--out" if args.out is not None else "reports.out_dir")
        outcome = run_pipeline(cfg, stages, cfg.reports.out_dir, None if args.quiet else _progress)
        code = _finish(outcome, cfg, args.quiet)
        if code == ExitCode.OK and getattr(args, "fail_on_findings", None):
            return _findings_gate(outcome.result, args.fail_on_findings)
        return code
    except ConfigError as exc:
        print(f"compliance-scan: {exc}", file=sys.stderr)
        return ExitCode.USAGE
    except ScanFailure as exc:
        print(f"compliance-scan: scan error: {exc}", file=sys.stderr)
        return ExitCode.SCAN_ERROR
    except ScannerError as exc:
        print(f"compliance-scan: {exc}", file=sys.stderr)
        return ExitCode.SCAN_ERROR
    except KeyboardInterrupt:
        print("compliance-scan: interrupted", file=sys.stderr)
        return ExitCode.SCAN_ERROR
    except Exception as exc:  # a bug, not a user mistake: one line by default, the traceback on request
        if os.environ.get("COMPLIANCE_SCAN_DEBUG"):
            raise
        print(f"compliance-scan: internal error: {type(exc).__name__}: {exc} "
              "(set COMPLIANCE_SCAN_DEBUG=1 for the traceback)", file=sys.stderr)
        return ExitCode.SCAN_ERROR

