"""The files of a source tree the scanner may read, by the same rules semgrep applies: .gitignore files
(nested ones too), the root's .semgrepignore, the user's exclude globs and the directories nobody wants
scanned (VCS metadata, virtualenvs, node_modules). Used by the card-literal pass, which reads data files
semgrep has no language for; semgrep does its own walk with the same inputs.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pathspec

ALWAYS_SKIPPED = frozenset({".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox",
                            ".mypy_cache", ".pytest_cache", ".ruff_cache", ".npm", ".yarn", ".idea", ".nox"})
_LOCKFILES = frozenset({"package-lock.json", "yarn.lock", "pnpm-lock.yaml", "poetry.lock", "Cargo.lock",
                        "Gemfile.lock", "composer.lock", "go.sum", "uv.lock", "Pipfile.lock"})


def _spec(lines: list[str]) -> pathspec.GitIgnoreSpec:
    return pathspec.GitIgnoreSpec.from_lines(lines)


def _read(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []


def _semgrepignore(root: Path) -> list[str]:
    lines = []
    for line in _read(root / ".semgrepignore"):
        if line.strip().startswith(":include"):
            lines += _read(root / line.split(None, 1)[1].strip()) if len(line.split()) > 1 else []
        else:
            lines.append(line)
    return lines


def iter_files(root: Path, excludes: list[str], skip_dirs: list[Path] | None = None,
               max_bytes: int = 20_000_000) -> Iterator[Path]:
    """Every regular file under root that no ignore rule excludes (absolute paths)."""
    root = root.resolve()
    if root.is_file():
        yield root
        return
    user = _spec([*excludes, *_semgrepignore(root)])
    skipped = {p.resolve() for p in skip_dirs or []}
    # (directory, spec) for each .gitignore seen on the way down; each applies to paths below its directory.
    ignores: list[tuple[Path, pathspec.GitIgnoreSpec]] = []

    def ignored(path: Path, is_dir: bool) -> bool:
        rel = path.relative_to(root).as_posix() + ("/" if is_dir else "")
        if user.match_file(rel):
            return True
        for base, spec in ignores:
            if base == path or base not in path.parents:
                continue
            if spec.match_file(path.relative_to(base).as_posix() + ("/" if is_dir else "")):
                return True
        return False

    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        ignores = [(b, s) for b, s in ignores if b == here or b in here.parents]
        if (here / ".gitignore").is_file():
            ignores.append((here, _spec(_read(here / ".gitignore"))))
        dirnames[:] = sorted(d for d in dirnames if d not in ALWAYS_SKIPPED and (here / d).resolve() not in skipped
                             and not ignored(here / d, True))
        for name in sorted(filenames):
            path = here / name
            if name in _LOCKFILES or name.endswith((".min.js", ".min.css", ".map")) or ignored(path, False):
                continue
            try:
                if path.is_file() and not path.is_symlink() and path.stat().st_size <= max_bytes:
                    yield path
            except OSError:
                continue
