"""The extension point for output formats: one Format subclass per format, each rendering the whole
ScanResult to bytes with no other input, so any format can be re-rendered from a saved result.json."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

from scanner.model import ScanResult


class FormatError(Exception):
    """A format could not render the result (a template bug, an unserialisable value)."""


class Format(ABC):
    name: ClassVar[str]
    filename: ClassVar[str]  # the file written in the output directory
    media_type: ClassVar[str] = "application/octet-stream"

    @abstractmethod
    def render(self, result: ScanResult) -> bytes:
        """The whole report for one result."""
