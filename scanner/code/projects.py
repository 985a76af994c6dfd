"""Project roots inside a scanned tree. One scan may cover several projects (a monorepo's services, a folder of
checkouts, several corpora); a fact one project's files state, such as a setting holding a plain-http URL, says
nothing about a sibling project's code. A file belongs to the nearest directory at or above it that holds a build
or dependency manifest (pyproject.toml, package.json, go.mod, pom.xml, Gemfile, composer.json, ...). A file with no
manifest above it (up to the scanned path it came from) belongs to the top-level directory of that scanned path
holding it: a folder of checkouts without manifests is still one project per checkout; a file directly in the
scanned path, or anywhere below a scanned path that holds a manifest itself, belongs to the path itself.
Configuration is inherited downward: a project nested in another, or in the scanned path, also sees the enclosing
one's settings, never a sibling's.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

MARKERS = ("pyproject.toml", "setup.py", "setup.cfg", "Pipfile", "requirements.txt", "package.json", "go.mod",
           "pom.xml", "build.gradle", "build.gradle.kts", "build.sbt", "Gemfile", "composer.json", "Cargo.toml",
           "mix.exs", "deno.json")


class Projects:
    """The project of each file under `root` as a path relative to it ("" for the root itself); `scanned` are the
    directories the scan was given (by default the root alone)."""

    def __init__(self, root: Path, scanned: Iterable[Path] = ()) -> None:
        self.root = root.resolve()
        self._top = str(self.root)
        self._scanned = {str(p.resolve()) for p in scanned if p.is_dir()} | {self._top}
        self._dirs: dict[str, str] = {}

    def of(self, path: Path) -> str:
        """The project holding `path` (an absolute path, or one relative to the root)."""
        full = str(path if path.is_absolute() else self.root / path)
        if full == self._top or not full.startswith(self._top + os.sep):
            return ""
        return self._of_dir(os.path.dirname(full))

    def _rel(self, folder: str) -> str:
        return folder[len(self._top) + 1:].replace(os.sep, "/")

    def _of_dir(self, folder: str) -> str:
        if folder in self._dirs:
            return self._dirs[folder]
        chain: list[str] = []
        here = folder
        found: str | None = None
        while here.startswith(self._top):
            if here != self._top and _manifest(here):
                found = self._rel(here)
                break
            if here in self._scanned:  # no manifest below the scanned path: its top-level directory,
                # unless the scanned path holds a manifest itself (a Rails app scanned at its root: app/ and
                # config/ are one project)
                own = _manifest(here)
                found = self._rel(chain[-1]) if chain and not own else self._rel(here)
                break
            chain.append(here)
            here = os.path.dirname(here)
        self._dirs[folder] = found or ""
        return self._dirs[folder]


def _manifest(folder: str) -> bool:
    """Whether the folder holds a build or dependency manifest (it roots a project)."""
    return any(os.path.isfile(os.path.join(folder, m)) for m in MARKERS)


def within(project: str, scope: str) -> bool:
    """Whether facts of project `scope` apply to code of `project`: the same project or one nested in it."""
    return not scope or project == scope or project.startswith(scope + "/")


__all__ = ["MARKERS", "Projects", "within"]
