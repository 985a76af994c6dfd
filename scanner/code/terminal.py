"""print() in a command-line module is the tool's output to the person running it, not a log. pii_logging reports a
Python print() in server code (its output ends up in the same captured logs as the loggers'), and its rule already
leaves out a script's `if __name__ == "__main__":` block, a `main()` function and Django management commands; this
gate drops the rest of a command-line program's own modules: a file named manage.py, cli.py or __main__.py, or under
a directory named cli, commands, management, scripts or bin. On real applications these were the operator asking for
a report of users or tokens (benchmarks/real_code_triage.toml: privacyidea's token janitor, ihatemoney's manage.py).
A logger call in the same files stays reported: loggers are shipped and kept.
"""

from __future__ import annotations

from pathlib import Path

from scanner.code.filelines import FileLines
from scanner.code.semgrep import Match

_FILES = frozenset({"manage.py", "cli.py", "__main__.py"})
_DIRS = frozenset({"cli", "commands", "management", "scripts", "bin"})


def command_line(path: Path, root: Path) -> bool:
    """Whether a file is a command-line program's own module (directories above the scanned root do not count)."""
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        parts = (path.name,)
    return path.suffix == ".py" and (path.name in _FILES or bool(_DIRS & set(parts[:-1])))


def _printed(match: Match, files: FileLines) -> bool:
    lines = files.lines(match.path)
    return 0 < match.line <= len(lines) and lines[match.line - 1].lstrip().startswith("print(")


def gate(matches: tuple[Match, ...], files: FileLines, root: Path) -> tuple[Match, ...]:
    """The matches, less pii_logging's print() calls in command-line modules."""
    return tuple(
        m for m in matches
        if not (m.metadata.get("category") == "pii_logging" and command_line(m.path, root) and _printed(m, files))
    )


__all__ = ["command_line", "gate"]
