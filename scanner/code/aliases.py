"""Source files semgrep has no language for by their name: Rails rake tasks (`lib/tasks/export.rake`), Rack and
Thor files, Jbuilder views and gemspecs are Ruby; Drupal's `.module`, `.install`, `.inc` and `.theme` files, `.phtml`
templates and CakePHP's `.ctp` views are PHP. semgrep picks a rule's files by extension and skips these, yet they hold
the same code (an export task writing card numbers to a CSV, a Drupal install hook creating a card column). Each is
copied under a temporary tree with the extension semgrep knows appended (`export.rake.rb`), scanned there by a second
semgrep run with the same rules, and its matches are put back on the original file; lines are unchanged. A PHP alias
is taken only when it opens with `<?php`, as `.inc` names other languages' includes too.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from scanner.code.semgrep import Match

ALIASES = {".rake": ".rb", ".ru": ".rb", ".jbuilder": ".rb", ".thor": ".rb", ".gemspec": ".rb", ".module": ".php",
           ".install": ".php", ".inc": ".php", ".theme": ".php", ".phtml": ".php", ".ctp": ".php"}
_MAX_BYTES = 2_000_000  # a generated or bundled file, not code anyone wrote


@dataclass(frozen=True)
class Staged:
    """The temporary tree and, for each copy in it, the original file."""

    root: Path
    originals: dict[Path, Path]
    base: Path  # the scan's root, which error messages name files from

    def restore(self, matches: Iterable[Match]) -> tuple[Match, ...]:
        return tuple(replace(m, path=self.originals.get(m.path, m.path)) for m in matches)

    def error_line(self, line: str) -> str:
        """An error message of the alias run with the copy's path given back as the original's."""
        for copy, original in self.originals.items():
            name = original.relative_to(self.base).as_posix() if original.is_relative_to(self.base) else str(original)
            line = line.replace(copy.relative_to(self.root).as_posix(), name)
        return line

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def _wanted(path: Path) -> bool:
    target = ALIASES.get(path.suffix)
    if target is None:
        return False
    try:
        if path.stat().st_size > _MAX_BYTES:
            return False
        if target == ".php":
            with path.open("rb") as fh:
                return fh.read(200).lstrip().startswith(b"<?php")
    except OSError:
        return False
    return True


def stage(files: Iterable[Path], root: Path) -> Staged | None:
    """Copies of the alias files among `files` (all under `root`), or None when there are none."""
    wanted = [f for f in files if _wanted(f)]
    if not wanted:
        return None
    tmp = Path(tempfile.mkdtemp(prefix="cs-aliases-")).resolve()
    originals: dict[Path, Path] = {}
    for f in wanted:
        rel = f.relative_to(root).as_posix() if f.is_relative_to(root) else f.name
        copy = tmp / (rel + ALIASES[f.suffix])
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(f, copy)
        originals[copy] = f
    return Staged(tmp, originals, root)


__all__ = ["ALIASES", "Staged", "stage"]
