"""Errors a user can cause or meet, each carrying the one line the CLI prints. Anything else that escapes
a stage is a bug and is reported as a scan error with its type, never as a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scanner.model import ScanResult


class ScannerError(Exception):
    """Base of the errors the CLI turns into a one-line message and an exit code."""


class ConfigError(ScannerError):
    """Bad scan.toml, bad argument or missing input file: exit 2."""


class ScanFailure(ScannerError):
    """A stage could not do its work (browser missing, semgrep crashed, site unreachable): exit 3.
    `partial` carries whatever the stage had collected before it failed, so it is still written."""

    def __init__(self, message: str, partial: ScanResult | None = None) -> None:
        super().__init__(message)
        self.partial = partial


def read_user_file(path: Path, what: str, error: type[Exception] = ConfigError) -> str:
    """The text of a file the user named, or `error` with one line naming the file: config, waivers and
    saved results all share this wording so a missing or unreadable file reads the same everywhere."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(f"{path}: no such {what}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{path}: cannot read {what} ({exc})") from None
