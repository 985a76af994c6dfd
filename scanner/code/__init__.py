"""The code stage: Semgrep rules over source trees plus the card-number literal pass over every file, as
one partial ScanResult of `code_findings`. semgrep runs once, in the background, over all paths with the
packaged rules (rules_dir()/semgrep) and the user's rule directories; meanwhile the literal detector reads
the same tree (and collects the models' encryption declarations, which then exempt card-number columns in
other files: scanner.code.exemptions). Paths are relative to the scanned root (the common parent of the
configured paths), every snippet is masked, and each finding carries a fingerprint that survives line moves.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from scanner.code import (
    aliases,
    builtlogs,
    cardlogs,
    caught,
    classes,
    clients,
    configurls,
    exemptions,
    jobargs,
    logcontext,
    messages,
    payloads,
    projects,
    records,
    redaction,
    requesturls,
    semgrep,
    strlogs,
    terminal,
    tlsflags,
    transport,
    vendorcalls,
    vendorurl,
)
from scanner.code.filelines import FileLines
from scanner.code.literals import fingerprint, scan_files
from scanner.code.mask import mask_text
from scanner.code.walk import iter_files
from scanner.config import CodeConfig
from scanner.errors import ConfigError, ScanFailure
from scanner.model import CODE_CATEGORIES, CodeExemption, CodeFinding, ScanError, ScanResult
from scanner.resources import rules_dir

Progress = Callable[[str], None]
MAX_ERRORS = 50


def packaged_rules() -> Path:
    return rules_dir() / "semgrep"


def _root_and_targets(paths: list[Path]) -> tuple[Path, list[str]]:
    if len(paths) == 1:
        only = paths[0]
        return (only, ["."]) if only.is_dir() else (only.parent, [only.name])
    root = Path(os.path.commonpath([p if p.is_dir() else p.parent for p in paths]))
    return root, [p.relative_to(root).as_posix() or "." for p in paths]


def _gitignore_excludes(root: Path) -> list[str]:
    """semgrep reads .gitignore only inside a git work tree; elsewhere pass the root's patterns ourselves."""
    if any((p / ".git").exists() for p in (root, *root.parents)):
        return []
    try:
        lines = (root / ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return [line.strip() for line in lines if line.strip() and not line.startswith(("#", "!"))]


def _listify(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value)
    return (str(value),)


class _Lines:
    """Snippets from the matched files' lines (semgrep's own `lines` field needs a login)."""

    def __init__(self, files: FileLines | None = None) -> None:
        self._files = files or FileLines()

    def get(self, path: Path, start: int, end: int) -> str:
        lines = self._files.lines(path)[start - 1:min(end, start + 2)]
        text = "\n".join(line.rstrip() for line in lines).strip("\n")
        return mask_text(text if len(text) <= 400 else text[:400] + "…")


def _category(m: semgrep.Match) -> str:
    category = str(m.metadata.get("category", ""))
    return category if category in CODE_CATEGORIES else str(m.metadata.get("category") or "custom")


def _one_per_statement(matches: tuple[semgrep.Match, ...]) -> list[semgrep.Match]:
    """One match per (file, category) and statement: of matches whose spans share a line (a rule reporting
    `@Column ... private String pan;` from the annotation, another the field line alone, a third the same
    line) only the narrowest stays, so one stored field is one finding. Disjoint spans all stay."""
    by_key: dict[tuple[Path, str], list[semgrep.Match]] = {}
    for m in matches:
        by_key.setdefault((m.path, _category(m)), []).append(m)
    out: list[semgrep.Match] = []
    for group in by_key.values():
        # narrowest first, then earliest, then by rule id so the choice is stable
        kept: list[semgrep.Match] = []
        for m in sorted(group, key=lambda m: (m.end_line - m.line, m.line, m.column, m.rule_id)):
            if not any(k.line <= m.end_line and m.line <= k.end_line for k in kept):
                kept.append(m)
        out += kept
    return out


def to_findings(matches: tuple[semgrep.Match, ...], root: Path, files: FileLines | None = None) -> list[CodeFinding]:
    lines = _Lines(files)
    seen: dict[tuple[str, str, str], int] = {}
    out: list[CodeFinding] = []
    for m in sorted(_one_per_statement(matches), key=lambda m: (str(m.path), m.line, m.column, m.rule_id)):
        rel = m.path.relative_to(root).as_posix() if m.path.is_relative_to(root) else str(m.path)
        category = _category(m)
        snippet = lines.get(m.path, m.line, m.end_line)
        key = (m.rule_id, rel, " ".join(snippet.split()))
        seen[key] = seen.get(key, -1) + 1
        confidence = m.metadata.get("confidence")
        out.append(CodeFinding(
            rule_id=m.rule_id, category=category, path=rel, line=m.line, severity=m.severity, snippet=snippet,
            message=mask_text(m.message), end_line=m.end_line, column=m.column,
            confidence=str(confidence).lower() if confidence else None, cwe=_listify(m.metadata.get("cwe")),
            claims=_listify(m.metadata.get("claims")), fingerprint=fingerprint(m.rule_id, rel, snippet, seen[key]),
        ))
    return out


def scan_code(cfg: CodeConfig, progress: Progress | None = None) -> ScanResult:
    """Scan cfg.paths; ConfigError for a missing path or rule directory, ScanFailure (with the findings
    so far) when semgrep itself fails."""
    say = progress or (lambda _msg: None)
    if not cfg.paths:
        raise ConfigError("code: no paths to scan")
    for path in cfg.paths:
        if not path.exists():
            raise ConfigError(f"code: {path}: no such file or directory")
    for rules in cfg.rule_dirs:
        if not rules.exists():
            raise ConfigError(f"code: rule directory {rules}: no such file or directory")
    paths = [p.resolve() for p in cfg.paths]
    root, targets = _root_and_targets(paths)
    configs = [packaged_rules(), *[r.resolve() for r in cfg.rule_dirs]]
    # Rule directories hold rule test files full of deliberate positives: never scan them as code.
    inside = [c for c in configs if c.is_dir() and c.is_relative_to(root) and c != root]
    excludes = [*cfg.exclude, *(f"/{c.relative_to(root).as_posix()}/" for c in inside), *_gitignore_excludes(root)]
    jobs = cfg.jobs or os.cpu_count() or 1
    say(f"code: semgrep over {', '.join(map(str, paths))} ({jobs} jobs)")
    running = semgrep.start(configs, root, targets, excludes, jobs, rule_timeout_s=cfg.rule_timeout_s,
                            packed=configs[:1])
    literal: list[CodeFinding] = []
    facts = _TreeFacts(root, paths)
    staged = aliases.stage((f for f in _files(paths, cfg, inside) if f.suffix in aliases.ALIASES), root)
    extra = (semgrep.start(configs, staged.root, ["."], [], 1, rule_timeout_s=cfg.rule_timeout_s, packed=configs[:1])
             if staged else None)
    try:
        if cfg.literals:
            literal = scan_files(_files(paths, cfg, inside), root, facts.observe)
        outcome = semgrep.finish(running, cfg.timeout_s)
        if extra and staged:
            outcome = _with_aliases(outcome, extra, staged, cfg.timeout_s)
    except semgrep.SemgrepFailed as exc:
        if not cfg.literals:
            facts.read(exc.outcome.matches, paths, cfg, inside, root)
        found, exempt = facts.judge(exc.outcome.matches, root)
        partial = ScanResult(code_findings=tuple(found + literal), code_exemptions=tuple(exempt),
                             errors=tuple(ScanError("code", e.split(": ", 1)[0], e) for e in exc.outcome.errors[:MAX_ERRORS]))
        raise ScanFailure(str(exc), partial=partial) from None
    except ScanFailure as exc:
        raise ScanFailure(str(exc), partial=ScanResult(code_findings=tuple(literal))) from None
    finally:
        for run in (running, extra):
            if run and run.proc.poll() is None:
                run.proc.kill()
        if staged:
            staged.remove()
    if not cfg.literals:
        facts.read(outcome.matches, paths, cfg, inside, root)
    found, exempt = facts.judge(outcome.matches, root)
    findings = found + literal
    errors = tuple(ScanError("code", e.split(": ", 1)[0], e) for e in outcome.errors[:MAX_ERRORS])
    say(f"code: {len(findings)} findings in {outcome.scanned} files scanned by semgrep"
        + (f"; {len(exempt)} exempted (encrypted by the model)" if exempt else ""))
    return ScanResult(code_findings=tuple(findings), code_exemptions=tuple(exempt), errors=errors)


def _files(paths: list[Path], cfg: CodeConfig, inside: list[Path]) -> Iterator[Path]:
    """The files of the scanned paths the scanner may read (scanner.code.walk), a path that is a file itself."""
    for path in paths:
        yield from iter_files(path, cfg.exclude, inside) if path.is_dir() else [path]


def _with_aliases(outcome: semgrep.Outcome, extra: semgrep.Running, staged: aliases.Staged,
                  timeout: float | None) -> semgrep.Outcome:
    """The main run's outcome with the alias files' matches (scanner.code.aliases) put back on their files; a failure
    of that run is one more error, not the scan's."""
    try:
        more = semgrep.finish(extra, timeout)
    except semgrep.SemgrepFailed as exc:
        more = exc.outcome
        errors = (*outcome.errors, staged.error_line(str(exc)))
    except ScanFailure as exc:
        return replace(outcome, errors=(*outcome.errors, staged.error_line(str(exc))))
    else:
        errors = outcome.errors
    return replace(outcome, matches=outcome.matches + staged.restore(more.matches), scanned=outcome.scanned + more.scanned,
                   errors=(*errors, *(staged.error_line(e) for e in more.errors)))


_LONG = 2000  # characters: a line at least this long is generated, not written


class _TreeFacts:
    """What other files of the tree say about a match: encryption declarations in Ruby/PHP models
    (scanner.code.exemptions), classes whose string form prints card data (scanner.code.classes) and
    configuration keys holding plain-http URLs, per project (scanner.code.configurls, scanner.code.projects), the
    model files that may encrypt a field (scanner.code.records) and the keys its loggers mask
    (scanner.code.redaction). The literal pass, which reads every file of the shared walk anyway, feeds `observe`;
    when that pass is off, `read` walks the same tree and reads the files that matter once, and only if some match
    needs them."""

    def __init__(self, root: Path, scanned: list[Path]) -> None:
        self.root = root
        self.encrypted: list[exemptions.Encryption] = []
        self.summary = classes.Summary()
        self.urls = configurls.PlainUrls()
        self.projects = projects.Projects(root, scanned)
        self.sources = records.Sources()
        self.tls = tlsflags.TlsFlags()
        self.clients = clients.Clients()
        self.messages = messages.Messages()
        self.requests = requesturls.RequestUrls()
        self.logcontext = logcontext.LogContext()
        self.strforms = strlogs.StringForms()
        self.jobargs = jobargs.JobArgs()
        self.cardlogs = cardlogs.CardLogs()
        self.vendorcalls = vendorcalls.VendorCalls(project_of=self.projects.of)
        self.caught = caught.Caught()
        self.builtlogs = builtlogs.BuiltLogs()
        self.redaction = redaction.Redaction()

    def observe(self, rel: str, text: str) -> None:
        path = self.root / rel
        if rel.endswith((".rb", ".php")):
            self.encrypted.extend(exemptions.declarations(text, rel))
        project = self.projects.of(path)
        if rel.endswith(classes.SUFFIXES):
            self.summary.observe(rel, text, project)
        self.sources.add(path)
        if "http://" in text or "Client" in text or "@Qualifier" in text:  # configurls' cues: else no lookup
            self.urls.observe(rel.rsplit("/", 1)[-1], text, project)  # .env files: by name
        self.tls.observe(rel, path, text, project)
        self.clients.observe(rel, path, text, project)
        # a line longer than any written by hand (an inlined source map, a bundle, a data blob) holds no call the
        # per-line passes look for, and their patterns would take quadratic time over it
        text = text if len(text) < _LONG or max(map(len, text.splitlines())) < _LONG else "\n".join(
            "" if len(line) >= _LONG else line for line in text.splitlines())
        self.messages.observe(rel, path, text)
        self.requests.observe(rel, path, text, project)
        self.logcontext.observe(rel, path, text)
        self.strforms.observe(rel, path, text, project)
        self.jobargs.observe(rel, path, text)
        self.cardlogs.observe(rel, path, text)
        self.vendorcalls.observe(rel, path, text)
        self.caught.observe(rel, path, text)
        self.builtlogs.observe(rel, path, text)
        self.redaction.observe(rel, text, project)

    def read(self, matches: tuple[semgrep.Match, ...], paths: list[Path], cfg: CodeConfig, inside: list[Path],
             root: Path) -> None:
        storage = any(m.metadata.get("category") == exemptions.CATEGORY for m in matches)
        facts = storage or classes.needed(matches) or configurls.needed(matches)
        for file in _files(paths, cfg, inside):
            # TLS options and the settings they read are looked for in every tree
            if file.suffix in tlsflags.CODE or tlsflags.wanted(file.name) or (facts and (
                    file.suffix in (".rb", ".php", *classes.SUFFIXES) or configurls.wanted(file))):
                rel = file.relative_to(root).as_posix() if file != root else file.name
                self.observe(rel, file.read_text(encoding="utf-8", errors="replace"))

    def judge(self, matches: tuple[semgrep.Match, ...], root: Path) -> tuple[list[CodeFinding], list[CodeExemption]]:
        """Findings of the matches, after the command-line print, per-request TLS, configuration, class and record gates and the
        encryption exemptions."""
        files = FileLines()  # the gates and the snippets read the matched files once between them
        matches = (matches + self.tls.matches(files) + self.clients.matches(self.tls.settings, files)
                   + self.requests.matches(self.tls.settings, files)
                   + self.messages.matches(self.caught.logged()) + self.logcontext.matches()
                   + self.strforms.matches(self.summary, files)
                   + tuple(self.jobargs.found) + tuple(self.cardlogs.found)
                   + self.caught.matches(self.messages.carrying, self.messages.personal_carrying,
                                       self.projects.of))
        vendors = [c for c in self.clients.resolved(self.tls.settings) if vendorcalls.names_host(c.url)]
        matches += self.vendorcalls.matches(matches, files, frozenset(c.name for c in vendors),
                                            frozenset(c.name for c in vendors if c.callable),
                                            frozenset(c.path for c in vendors if c.klass))
        matches += self.builtlogs.matches(files)
        local = vendorurl.gate(transport.gate(terminal.gate(matches, files, root), files), files,
                                self.vendorcalls.own_method)
        gated = records.gate(classes.gate(configurls.gate(local, self.urls, self.projects), self.summary, self.projects.of),
                             self.sources, files)
        gated = self.redaction.gate(gated, files, self.projects.of)
        return exemptions.apply(to_findings(payloads.refocus(gated, files), root, files), self.encrypted, root)


__all__ = ["packaged_rules", "scan_code", "to_findings"]
