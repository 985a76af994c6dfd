"""Real-code precision benchmark for the code rules: fetch a pinned list of real open-source applications from
the package registries (PyPI wheels via `pip download --no-deps`, npm tarballs via `npm pack`, Debian packages via
`apt-get download` + `dpkg-deb -x`) into the git-ignored cache benchmarks/.realcode/, keep only each application's
own source (tests, vendored and built assets left out), run the code stage (scanner.code.scan_code) on each in a
child process measured with os.wait4, and print per package the lines scanned, findings per category, wall and CPU
time and peak memory. Findings are then compared with benchmarks/real_code_triage.toml (one entry per triaged
finding, matched on package + path + category + an anchor substring of the line, falling back to the line number):
per category the triaged true and false positives, the untriaged (new since triage) findings, precision over the
triaged ones, and entries that no longer match any finding ("gone"). Categories with too many findings to read
are triaged on a stable seeded sample (a hash of the finding), named in the triage file.
Run: .venv/bin/python benchmarks/real_code.py [--rules-at COMMIT] [--only NAME ...] [--cached] [--triage FILE]
(--rules-at scans with the rules and scanner of a commit, exported with git archive, instead of the work tree;
--cached reuses the last scan of a package when its rules and source are unchanged.)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

CACHE = REPO / "benchmarks" / ".realcode"
MAX_ERRORS = 50
_RULE_PATH = re.compile(r"running \S*[.]([\w-]+) on .*")  # semgrep's dotted rule path -> rule id
TRIAGE = REPO / "benchmarks" / "real_code_triage.toml"
TESTS = ("**/tests/", "**/test/", "**/testutils/", "**/spec/", "**/*_test.go", "**/test_*.py", "**/*.test.js")


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    registry: str  # pypi | npm | debian
    what: str
    base: str  # the application's directory inside the unpacked archive
    suffixes: tuple[str, ...]
    exclude: tuple[str, ...] = ()  # gitignore-style, relative to base
    python: str | None = None  # pip --python-version, for wheels built for an older Python


PACKAGES: tuple[Package, ...] = (
    Package("django-oscar", "4.2.1", "pypi", "Django e-commerce", "oscar", (".py",), ("static/",)),
    Package("pretix", "2026.8.0", "pypi", "Django ticketing with payment providers", "pretix", (".py",),
            ("static/", "static.dist/")),
    Package("saleor", "2.10.1", "pypi", "Django/GraphQL e-commerce (2020 release)", "saleor", (".py",),
            ("static/",), python="3.8"),
    Package("ghost", "6.65.0", "npm", "Node publishing platform with members and Stripe", "package/core",
            (".js",), ("built/", "frontend/public/")),
    Package("@medusajs/medusa", "2.21.2", "npm", "Node e-commerce server (compiled dist)", "package/dist",
            (".js",)),
    Package("redmine", "5.0.4-5+deb12u1", "debian", "Rails project tracker", "usr/share/redmine",
            (".rb",), ("public/", "extra/sample_plugin/")),
    Package("roundcube-core", "1.6.5+dfsg-1+deb12u14", "debian", "PHP webmail with contacts",
            "usr/share/roundcube", (".php", ".js", ".sql"),
            ("skins/", "plugins/jqueryui/", "program/js/jquery*", "program/js/jstz*", "program/js/googiespell*",
             "program/js/tinymce/")),
    Package("privacyidea", "3.14", "pypi", "Flask multi-factor authentication server (users, tokens, SMS/e-mail)",
            "privacyidea", (".py",), ("static/",)),
    Package("ihatemoney", "7.2.1", "pypi", "Flask shared-budget web app (projects, members, e-mail invites)",
            "ihatemoney", (".py",), ("static/", "translations/")),
    Package("golang-github-canonical-candid-dev", "1.12.2-1", "debian", "Go identity manager service",
            "usr/share/gocode/src/github.com/canonical/candid", (".go", ".sql"), ("candidtest/", "storetest/")),
    Package("postfixadmin", "3.3.13-1+deb12u1", "debian", "PHP admin of mail domains, mailboxes, passwords and vacation "
            "replies", "usr/share/postfixadmin", (".php",), ("lib/smarty/",)),
    Package("parse-server", "9.10.0", "npm", "Node backend-as-a-service (users, sessions, e-mail verification, "
            "password reset, push; compiled lib)", "package/lib", (".js",)),
)


class Failure(Exception):
    """A fetch or scan step that cannot go on; main prints it as one line."""


def slug(pkg: Package) -> str:
    return f"{pkg.name.replace('@', '').replace('/', '-')}-{pkg.version}"


def _run(cmd: list[str], cwd: Path, what: str) -> str:
    try:
        done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise Failure(f"{what}: {exc}") from None
    if done.returncode != 0:
        # The line that says why: pip and apt put it last, npm first (then advice and a log path).
        lines = [ln.strip() for ln in (done.stderr + done.stdout).splitlines()
                 if ln.strip() and "WARNING" not in ln and "npm error code" not in ln]
        why = (lines[0] if cmd[0] == "npm" else lines[-1]) if lines else f"exit {done.returncode}"
        if any(m in done.stderr for m in ("NameResolutionError", "NewConnectionError", "ENOTFOUND", "EAI_AGAIN")):
            why = f"cannot reach the registry (offline?); {why}"
        raise Failure(f"{what}: {why}")
    return done.stdout


def fetch(pkg: Package) -> Path:
    """Download and unpack pkg once; the unpacked tree."""
    raw = CACHE / "raw" / slug(pkg)
    if (raw / ".complete").is_file():
        return raw
    dl = CACHE / "dl" / slug(pkg)
    shutil.rmtree(dl, ignore_errors=True)
    shutil.rmtree(raw, ignore_errors=True)
    dl.mkdir(parents=True)
    raw.mkdir(parents=True)
    what = f"{pkg.registry} {pkg.name} {pkg.version}"
    if pkg.registry == "pypi":
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:", "--retries", "1",
               "--timeout", "20", "--disable-pip-version-check", "-q", "-d", str(dl), f"{pkg.name}=={pkg.version}"]
        _run(cmd + (["--python-version", pkg.python] if pkg.python else []), dl, what)
        with zipfile.ZipFile(next(dl.glob("*.whl"))) as wheel:
            wheel.extractall(raw)
    elif pkg.registry == "npm":
        _run(["npm", "pack", "--loglevel=error", "--fetch-retries=1", f"{pkg.name}@{pkg.version}"], dl, what)
        with tarfile.open(next(dl.glob("*.tgz"))) as tar:
            tar.extractall(raw, filter="data")
    else:
        _run(["apt-get", "download", f"{pkg.name}={pkg.version}"], dl, what)
        _run(["dpkg-deb", "-x", str(next(dl.glob("*.deb"))), str(raw)], dl, what)
    (raw / ".complete").write_text("ok\n", encoding="utf-8")
    return raw


def select(pkg: Package, raw: Path) -> tuple[Path, dict[str, int]]:
    """Copy the application's own source files into a clean tree; (tree, lines per suffix)."""
    import pathspec  # the scanner's own dependency

    base = raw / pkg.base
    if not base.is_dir():
        raise Failure(f"{pkg.name} {pkg.version}: no {pkg.base} in the package")
    src = CACHE / "src" / slug(pkg)
    spec = pathspec.GitIgnoreSpec.from_lines([*TESTS, *pkg.exclude, "*.min.js"])
    lines: dict[str, int] = {}
    wanted: set[Path] = set()
    for path in sorted(base.rglob("*")):
        rel = path.relative_to(base).as_posix()
        if path.suffix not in pkg.suffixes or not path.is_file() or path.is_symlink() or spec.match_file(rel):
            continue
        target = src / rel
        wanted.add(target)
        data = path.read_bytes()
        # Rewrite only what changed: another run may be scanning this tree right now.
        if not target.is_file() or target.read_bytes() != data:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        lines[path.suffix] = lines.get(path.suffix, 0) + data.count(b"\n")
    for stale in [p for p in src.rglob("*") if p.is_file() and p not in wanted]:
        stale.unlink()
    return src, lines


def scan_one(src: Path, out: Path, tree: Path) -> None:
    """Child process: scan src with the code stage of `tree` (a checkout) and write findings with their masked
    line."""
    sys.path.insert(0, str(tree))
    from scanner.code import scan_code
    from scanner.code.mask import mask_text
    from scanner.config import CodeConfig
    from scanner.errors import ScanFailure

    try:
        result = scan_code(CodeConfig(paths=[src]), None)
    except ScanFailure as exc:
        sys.exit(f"real_code: scan of {src} failed: {exc}")
    texts: dict[str, list[str]] = {}
    rows = []
    for f in result.code_findings:
        if f.path not in texts:
            texts[f.path] = (src / f.path).read_text(encoding="utf-8", errors="replace").splitlines()
        text = texts[f.path][f.line - 1] if 0 < f.line <= len(texts[f.path]) else ""
        rows.append({"path": f.path, "line": f.line, "category": f.category, "rule": f.rule_id,
                     "text": mask_text(text.strip())[:300]})
    out.write_text(json.dumps({"findings": rows, "errors": [e.message for e in result.errors]}), encoding="utf-8")


def export(commit: str | None) -> tuple[Path, str]:
    """The checkout whose rules and scanner run: the work tree, or `git archive COMMIT` unpacked in the cache
    (other people's uncommitted rule edits then play no part); with a label for the output."""
    head = subprocess.run(["git", "rev-parse", "--short", commit or "HEAD"], cwd=REPO, capture_output=True,
                          text=True, check=False)
    if head.returncode != 0:
        raise Failure(f"--rules-at {commit}: not a commit of {REPO}")
    if commit is None:
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "rules", "scanner/code"], cwd=REPO,
                               capture_output=True, text=True, check=False).stdout.strip()
        return REPO, f"work tree (HEAD {head.stdout.strip()}{', with uncommitted rule changes' if dirty else ''})"
    tree = CACHE / "trees" / head.stdout.strip()
    if not (tree / ".complete").is_file():
        shutil.rmtree(tree, ignore_errors=True)
        tree.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", head.stdout.strip(), "rules", "scanner"], cwd=REPO,
                                 capture_output=True, check=False)
        if archive.returncode != 0:
            raise Failure(f"git archive {commit}: {archive.stderr.decode(errors='replace').strip()}")
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
        (tree / ".complete").write_text("ok\n", encoding="utf-8")
    return tree, f"commit {head.stdout.strip()}"


_LANGUAGES = {".py": "python", ".js": "javascript", ".ts": "typescript", ".rb": "ruby", ".php": "php",
              ".go": "go", ".java": "java"}


def rules_digest(src: Path, tree: Path, suffixes: tuple[str, ...]) -> str:
    """Fingerprint of what a scan of src depends on, so --cached never reuses a scan of other rules or files:
    the source, scanner/code, the vocabulary and the rule files (rules/semgrep/<category>/<language>[_x].yaml)
    for the package's languages or for none in particular (SQL, schema, generic)."""
    mine = {_LANGUAGES[s] for s in suffixes if s in _LANGUAGES}
    h = hashlib.sha256()
    for root in (tree / "rules" / "semgrep", tree / "scanner" / "code", src, tree / "rules" / "vocabulary.toml"):
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in files:
            if "__pycache__" in path.parts:
                continue
            if root.name == "semgrep" and (path.suffix != ".yaml" or
                                           path.stem.split("_")[0] in set(_LANGUAGES.values()) - mine):
                continue
            h.update(path.relative_to(root.parent).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def scan(pkg: Package, src: Path, tree: Path, cached: bool) -> dict[str, Any]:
    """Scan src in a child process; the findings with wall, CPU (user+sys of the child and every process it
    waited for: pysemgrep, semgrep-core) and peak RSS of the largest process in that tree."""
    results = CACHE / "results" / (tree.name if tree != REPO else "worktree")
    results.mkdir(parents=True, exist_ok=True)
    out = results / f"{slug(pkg)}.json"
    digest = rules_digest(src, tree, pkg.suffixes)
    if cached and out.is_file():
        data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        if data.get("digest") == digest:
            data["cached"] = True
            return data
    tmp = results / f"{slug(pkg)}.part.json"
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--scan-one", str(src), str(tmp), str(tree)])
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if proc.returncode != 0 or not tmp.is_file():
        raise Failure(f"{pkg.name} {pkg.version}: scan failed (exit {proc.returncode})")
    data = json.loads(tmp.read_text(encoding="utf-8"))
    tmp.unlink()
    data.update(digest=digest, wall=wall, cpu=usage.ru_utime + usage.ru_stime, rss_mb=usage.ru_maxrss / 1024)
    out.write_text(json.dumps(data), encoding="utf-8")
    return data


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Real-code precision benchmark for the code rules.")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="scan only these packages")
    parser.add_argument("--cached", action="store_true", help="reuse a package's last scan if nothing changed")
    parser.add_argument("--triage", type=Path, default=TRIAGE, help="triage file (default %(default)s)")
    parser.add_argument("--rules-at", metavar="COMMIT", help="scan with the rules and scanner of this commit")
    parser.add_argument("--scan-one", nargs=3, metavar=("SRC", "OUT", "TREE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.scan_one:
        scan_one(*map(Path, args.scan_one))
        return 0
    from real_code_compare import compare, load_triage, print_comparison  # imports scanner: not in the child

    unknown = set(args.only or ()) - {p.name for p in PACKAGES}
    if unknown:
        print(f"real_code: unknown package {', '.join(sorted(unknown))}; known: {', '.join(p.name for p in PACKAGES)}",
              file=sys.stderr)
        return 2
    packages = [p for p in PACKAGES if not args.only or p.name in args.only]
    try:
        triage = load_triage(args.triage)
    except (OSError, ValueError, KeyError) as exc:
        print(f"real_code: {args.triage}: {exc}", file=sys.stderr)
        return 2
    found: dict[str, list[dict[str, Any]]] = {}
    total_lines = total_cpu = total_wall = 0.0
    try:
        tree, label = export(args.rules_at)
    except Failure as exc:
        print(f"real_code: {exc}", file=sys.stderr)
        return 2
    print(f"rules and scanner of the {label}; load average {os.getloadavg()[0]:.1f} at start")
    print(f"{'package':<44}{'lines':>8}{'findings':>9}{'wall s':>8}{'CPU s':>8}{'RSS MB':>8}{'errors':>7}")
    try:
        for pkg in packages:
            src, lines = select(pkg, fetch(pkg))
            data = scan(pkg, src, tree, args.cached)
            found[pkg.name] = data["findings"]
            n = sum(lines.values())
            total_lines += n
            total_cpu += data["cpu"]
            total_wall += data["wall"]
            # scan_code keeps the first MAX_ERRORS semgrep errors (mostly per-file rule timeouts)
            errors = f"{len(data['errors'])}{'+' if len(data['errors']) >= MAX_ERRORS else ''}"
            langs = ", ".join(f"{s} {c:,}" for s, c in sorted(lines.items(), key=lambda kv: -kv[1]))
            print(f"{pkg.name + ' ' + pkg.version:<44}{n:>8,}{len(data['findings']):>9}{data['wall']:>8.1f}"
                  f"{data['cpu']:>8.1f}{data['rss_mb']:>8.0f}{errors:>7}"
                  f"{'  (cached scan)' if data.get('cached') else ''}")
            print(f"    {pkg.registry}: {pkg.what}; {langs}")
            for error in data["errors"][:3]:
                print("    semgrep: " + _RULE_PATH.sub(r"running \1", error)[:150])
    except Failure as exc:
        print(f"real_code: {exc}", file=sys.stderr)
        return 3
    print(f"{'all':<44}{int(total_lines):>8,}{sum(map(len, found.values())):>9}{total_wall:>8.1f}{total_cpu:>8.1f}")
    print_comparison(compare(found, triage, {p.name for p in packages}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
