"""The files of a source tree the scanner may read, by the same rules semgrep applies: .gitignore files
(nested ones too), the root's .semgrepignore, the user's exclude globs and the directories nobody wants
scanned (VCS metadata, virtualenvs, node_modules). Used by the card-literal pass, which reads data files
semgrep has no language for; semgrep does its own walk with the same inputs.
"""

from __future__ import annotations

import os
import stat
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


def semgrepignore_lines(root: Path) -> list[str]:
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
    user = _spec([*excludes, *semgrepignore_lines(root)])
    skipped = {str(p.resolve()) for p in skip_dirs or []}
    # (directory relative to root, spec) for each .gitignore seen on the way down; each applies below it.
    # Paths are handled as strings: pathlib objects per file cost more than the rest of the walk.
    ignores: list[tuple[str, pathspec.GitIgnoreSpec]] = []
    top = str(root)

    def ignored(rel: str) -> bool:
        if user.match_file(rel):
            return True
        for base, spec in ignores:
            if not base:
                if spec.match_file(rel):
                    return True
            elif rel.startswith(base + "/") and spec.match_file(rel[len(base) + 1:]):
                return True
        return False

    for dirpath, dirnames, filenames in os.walk(top):
        here = dirpath[len(top) + 1:]  # "" at the root
        prefix = here + "/" if here else ""
        ignores = [(b, sp) for b, sp in ignores if not b or here == b or here.startswith(b + "/")]
        if ".gitignore" in filenames:
            ignores.append((here, _spec(_read(Path(dirpath, ".gitignore")))))
        dirnames[:] = sorted(d for d in dirnames if d not in ALWAYS_SKIPPED
                             and not (skipped and os.path.realpath(os.path.join(dirpath, d)) in skipped)
                             and not ignored(f"{prefix}{d}/"))
        for name in sorted(filenames):
            if name in _LOCKFILES or name.endswith((".min.js", ".min.css", ".map")) or ignored(prefix + name):
                continue
            full = os.path.join(dirpath, name)
            try:
                info = os.lstat(full)  # a symlink is not followed: it may point out of the tree
            except OSError:
                continue
            if stat.S_ISREG(info.st_mode) and info.st_size <= max_bytes:
                yield Path(full)
