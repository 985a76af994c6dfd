"""Code-stage benchmark: scan a generated mixed-language tree of at least 200k lines (copies of the labelled
corpus in tests/apps with identifiers and literals varied per copy, so no two files are identical) with our
code stage and with a bare `semgrep --config rules/semgrep`, and print both in CPU time (user+sys of the run
and everything it waited for, from os.wait4) and wall time. The two runs alternate (bare, ours, ours, bare
for two rounds) so a change in machine load hits both alike; on a shared machine CPU time is the fair
figure. Our run also reports where its own Python time goes (walk, literal detector, masking, JSON parse,
findings, exemptions), and a last bare run with `--time` gives the slowest rules as a share of matching
time. Targets: our overhead within 10 % of bare semgrep, no rule over 20 % of matching time.
Run: .venv/bin/python benchmarks/code.py [--lines N] [--rounds R] [--ours-first] [--timed] [--keep DIR] [--profile]
[--no-rules]
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
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scanner.code import semgrep  # noqa: E402

_SWAPS = [("customer", "client"), ("Customer", "Client"), ("payment", "charge"), ("Payment", "Charge"),
          ("order", "purchase"), ("Order", "Purchase"), ("contact", "lead"), ("invoice", "bill")]


def build_tree(dest: Path, min_lines: int) -> tuple[int, int]:
    """Copy the corpus's source files into numbered packages until min_lines is reached."""
    sources = [p for p in sorted((REPO / "tests" / "apps").rglob("*")) if p.is_file() and p.suffix in
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


def measured(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Run cmd; (wall s, CPU s of it and all it waited for, stdout). os.wait4 gives the child's rusage, which
    includes its reaped descendants (pysemgrep -> semgrep-core), and nothing of any other job's."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{cmd[0]} exited {proc.returncode}")
        out.seek(0)
        return wall, usage.ru_utime + usage.ru_stime, out.read().decode("utf-8", errors="replace")


def bare_command(jobs: int, profile: bool = False) -> list[str]:
    cmd = [semgrep.find_semgrep(), "scan", "--metrics=off", "--disable-version-check", "--quiet", "--json",
           f"--jobs={jobs}", "--config", str(REPO / "rules" / "semgrep"), "--project-root", "."]
    return [*cmd, *(["--time"] if profile else []), "."]


def per_rule(timing: dict[str, Any]) -> dict[str, float]:
    names = [r.rsplit(".", 1)[-1] for r in timing["rules"]]
    totals: dict[str, float] = collections.defaultdict(float)
    for target in timing["targets"]:
        for i, seconds in enumerate(target["match_times"]):
            totals[names[i]] += seconds
    return dict(totals)


def instrument() -> dict[str, float]:
    """Wrap the code stage's Python parts with CPU timers (process time); the dict fills in as they run."""
    import scanner.code as code
    from scanner.code import exemptions, literals

    parts: dict[str, float] = collections.defaultdict(float)

    def timed(name: str, fn: Any) -> Any:
        def wrapper(*a: Any, **k: Any) -> Any:
            start = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                parts[name] += time.process_time() - start
        return wrapper

    def walk(*a: Any, **k: Any) -> Any:
        it = iter_files(*a, **k)
        while True:
            start = time.process_time()
            try:
                path = next(it)
            except StopIteration:
                return
            finally:
                parts["  walk"] += time.process_time() - start
            yield path

    own = vars(code)
    iter_files = own["iter_files"]
    wraps = [(code, "iter_files", walk), (code, "scan_files", timed("literal pass (all below)", own["scan_files"])),
             (literals, "scan_text", timed("  literal detector", literals.scan_text)),
             (exemptions, "declarations", timed("  encryption declarations", exemptions.declarations)),
             (semgrep, "finish", timed("semgrep.finish (JSON+records)", semgrep.finish)),
             (semgrep, "json", type("_json", (), {"loads": staticmethod(timed("  JSON parse", json.loads)),
                                                  "dumps": staticmethod(json.dumps)})),  # dumps: the packed rules
             (code, "to_findings", timed("to_findings (snippets)", code.to_findings)),
             (exemptions, "apply", timed("exemptions.apply", exemptions.apply))]
    masker = timed("masking (all calls)", own["mask_text"])
    wraps += [(code, "mask_text", masker), (literals, "mask_text", masker)]
    for module, name, fn in wraps:
        setattr(module, name, fn)
    return parts


def child_ours(tree: Path, profile: bool, timed_rules: bool) -> None:
    """Our code stage in this (child) process, with its Python work timed per part; prints one JSON line."""
    import functools
    import resource

    from scanner.code import scan_code
    from scanner.config import CodeConfig

    parts = instrument()
    if timed_rules:
        semgrep.start = functools.partial(semgrep.start, time_rules=True)
    if profile:
        import cProfile
        import pstats
        prof = cProfile.Profile(time.process_time)
        result = prof.runcall(scan_code, CodeConfig(paths=[tree]), None)
        pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative").print_stats(25)
    else:
        result = scan_code(CodeConfig(paths=[tree]), None)
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"findings": len(result.code_findings), "exempted": len(result.code_exemptions),
                      "python_cpu": me.ru_utime + me.ru_stime,
                      "semgrep_cpu": kids.ru_utime + kids.ru_stime, "parts": parts}))


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--lines", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=1, help="bare/ours pairs, alternating order")
    parser.add_argument("--keep", type=Path, default=None, help="build the tree here and keep it")
    parser.add_argument("--profile", action="store_true", help="cProfile our side (to stderr); slows it")
    parser.add_argument("--no-rules", action="store_true", help="skip the per-rule --time run")
    parser.add_argument("--timed", action="store_true",
                        help="pass --time to every run (bare and ours alike) and take the rule profile from the "
                             "bare runs instead of a separate one: one run fewer on a slow tree")
    parser.add_argument("--ours-first", action="store_true", help="start the alternation with our run")
    parser.add_argument("--child-ours", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_ours:
        child_ours(args.child_ours, args.profile, args.timed)
        return 0
    tree = args.keep or Path(tempfile.mkdtemp(prefix="cs-code-bench-"))
    jobs = os.cpu_count() or 1
    try:
        tree.mkdir(parents=True, exist_ok=True)
        if not any(tree.iterdir()):
            lines, files = build_tree(tree, args.lines)
        else:
            files = sum(1 for p in tree.rglob("*") if p.is_file())
            lines = sum(p.read_text(encoding="utf-8").count("\n") for p in tree.rglob("*") if p.is_file())
        print(f"tree: {files} files, {lines} lines ({tree}); {jobs} cores; semgrep {semgrep_version()}")
        ours_cmd = [sys.executable, str(Path(__file__).resolve()), "--child-ours", str(tree),
                    *(["--profile"] if args.profile else []), *(["--timed"] if args.timed else [])]
        runs: dict[str, list[tuple[float, float]]] = {"bare": [], "ours": []}
        detail: dict[str, Any] = {}
        rules: dict[str, float] = collections.defaultdict(float)
        first = 1 if args.ours_first else 0
        order = [k for r in range(args.rounds) for k in (("bare", "ours") if (r + first) % 2 == 0 else ("ours", "bare"))]
        for kind in order:
            before = _load()
            if kind == "bare":
                wall, cpu, out = measured(bare_command(jobs, args.timed), tree, semgrep.environment())
                for rule, seconds in (per_rule(json.loads(out)["time"]) if args.timed else {}).items():
                    rules[rule] += seconds
            else:
                wall, cpu, out = measured(ours_cmd, REPO)
                detail = json.loads(out.strip().splitlines()[-1])
            runs[kind].append((wall, cpu))
            print(f"  {kind:4}  wall {wall:7.1f} s  CPU {cpu:7.1f} s  (load before {before}, after {_load()})")
        report(runs, detail)
        if not args.no_rules and not args.timed:
            wall, _, out = measured(bare_command(jobs, profile=True), tree, semgrep.environment())
            rules.update(per_rule(json.loads(out)["time"]))
        if rules:
            total = sum(rules.values()) or 1.0
            print(f"slowest rules (bare --time runs, {total:.1f} s matching summed over rules and runs):")
            for rule, seconds in sorted(rules.items(), key=lambda kv: -kv[1])[:10]:
                print(f"  {100 * seconds / total:5.1f} %  {seconds:7.2f} s  {rule}")
    finally:
        if args.keep is None:
            shutil.rmtree(tree, ignore_errors=True)
    return 0


def report(runs: dict[str, list[tuple[float, float]]], detail: dict[str, Any]) -> None:
    def mean(kind: str, i: int) -> float:
        return sum(r[i] for r in runs[kind]) / len(runs[kind])

    bare_wall, bare_cpu, ours_wall, ours_cpu = mean("bare", 0), mean("bare", 1), mean("ours", 0), mean("ours", 1)
    print(f"bare semgrep:  wall {bare_wall:7.1f} s  CPU {bare_cpu:7.1f} s   (mean of {len(runs['bare'])})")
    print(f"ours:          wall {ours_wall:7.1f} s  CPU {ours_cpu:7.1f} s   ({detail.get('findings')} findings)")
    print(f"overhead:      wall {100 * (ours_wall - bare_wall) / bare_wall:+6.1f} %   "
          f"CPU {100 * (ours_cpu - bare_cpu) / bare_cpu:+6.1f} %")
    if detail:
        print(f"our CPU split: semgrep {detail['semgrep_cpu']:.1f} s, our Python {detail['python_cpu']:.1f} s "
              f"(imports and start-up included); Python parts (CPU s, nested parts inside their callers):")
        for name, seconds in detail["parts"].items():
            print(f"  {name:<28} {seconds:7.2f}")


def semgrep_version() -> str:
    done = subprocess.run([semgrep.find_semgrep(), "--version"], capture_output=True, text=True, check=False,
                          env=semgrep.environment())
    return done.stdout.strip()


if __name__ == "__main__":
    raise SystemExit(main())
