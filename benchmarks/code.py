"""Code-stage benchmark: scan a generated mixed-language tree of at least 200k lines (copies of the labelled
corpus in tests/apps with identifiers and literals varied per copy, so no two files are identical) and print
our wall time beside a bare `semgrep --config rules/semgrep` over the same tree, then the slowest rules from
a `--time` run. Targets: our overhead within 10 % of bare semgrep, no rule over 20 % of matching time.
Run: .venv/bin/python benchmarks/code.py [--lines N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scanner.code import scan_code, semgrep  # noqa: E402
from scanner.config import CodeConfig  # noqa: E402

_SWAPS = [("customer", "client"), ("Customer", "Client"), ("payment", "charge"), ("Payment", "Charge"),
          ("order", "purchase"), ("Order", "Purchase"), ("contact", "lead"), ("invoice", "bill")]


def build_tree(dest: Path, min_lines: int) -> tuple[int, int]:
    """Copy the corpus's source files into numbered packages until min_lines is reached."""
    sources = [p for p in (REPO / "tests" / "apps").rglob("*") if p.is_file() and p.suffix in
               (".py", ".js", ".ts", ".java", ".go", ".rb", ".php", ".sql", ".prisma")]
    rng = random.Random(7)
    lines = files = copy = 0
    while lines < min_lines:
        for src in sources:
            text = src.read_text(encoding="utf-8")
            for old, new in rng.sample(_SWAPS, 3):
                text = text.replace(old, f"{new}{copy}")
            target = dest / f"pkg{copy:04d}" / src.relative_to(REPO / "tests" / "apps")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            lines += text.count("\n")
            files += 1
        copy += 1
    return lines, files


def bare_semgrep(tree: Path, jobs: int, profile: bool) -> tuple[float, dict[str, float]]:
    cmd = [semgrep.find_semgrep(), "scan", "--metrics=off", "--disable-version-check", "--quiet", "--json",
           f"--jobs={jobs}", "--config", str(REPO / "rules" / "semgrep"), "--project-root", ".", "."]
    if profile:
        cmd.insert(-1, "--time")
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=tree, env=semgrep.environment(), capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    per_rule: dict[str, float] = collections.Counter()
    if profile:
        timing = json.loads(proc.stdout)["time"]
        names = [r.rsplit(".", 1)[-1] for r in timing["rules"]]
        for target in timing["targets"]:
            for i, seconds in enumerate(target["match_times"]):
                per_rule[names[i]] += seconds
    return elapsed, dict(per_rule)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=200_000)
    parser.add_argument("--keep", type=Path, default=None, help="build the tree here and keep it")
    args = parser.parse_args()
    tree = args.keep or Path(tempfile.mkdtemp(prefix="cs-code-bench-"))
    jobs = os.cpu_count() or 1
    try:
        lines, files = build_tree(tree, args.lines)
        print(f"tree: {files} files, {lines} lines ({tree}); {jobs} cores")
        start = time.perf_counter()
        result = scan_code(CodeConfig(paths=[tree]), None)
        ours = time.perf_counter() - start
        bare, _ = bare_semgrep(tree, jobs, profile=False)
        print(f"compliance-scan code: {ours:6.1f} s  ({len(result.code_findings)} findings, incl. card literals)")
        print(f"bare semgrep:         {bare:6.1f} s")
        print(f"overhead:             {100 * (ours - bare) / bare:+6.1f} %")
        profiled, per_rule = bare_semgrep(tree, jobs, profile=True)
        total = sum(per_rule.values()) or 1.0
        print(f"slowest rules (--time run {profiled:.1f} s wall, {total:.1f} s matching):")
        for rule, seconds in sorted(per_rule.items(), key=lambda kv: -kv[1])[:8]:
            print(f"  {100 * seconds / total:5.1f} %  {seconds:6.2f} s  {rule}")
    finally:
        if args.keep is None:
            shutil.rmtree(tree, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
