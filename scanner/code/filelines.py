"""The lines of the files semgrep matched, read once per scan. The post-passes that judge a match by the lines around
it (record context, per-request TLS, vendor URLs) and the snippet writer all read the same few files; one cache
shared by them reads each file once. An unreadable file reads as empty: the match then stands on what semgrep said.
"""

from __future__ import annotations

from pathlib import Path


class FileLines:
    def __init__(self) -> None:
        self._cache: dict[Path, list[str]] = {}

    def lines(self, path: Path) -> list[str]:
        if path not in self._cache:
            try:
                self._cache[path] = path.read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:
                self._cache[path] = []
        return self._cache[path]


__all__ = ["FileLines"]
