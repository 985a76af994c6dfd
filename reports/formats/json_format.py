"""result.json: the one output schema every other format renders from (schema_version "1")."""

from __future__ import annotations

from reports.formats.interface import Format
from scanner.model import ScanResult
from scanner.serde import dumps


class JsonFormat(Format):
    name = "json"
    filename = "result.json"
    media_type = "application/json"

    def render(self, result: ScanResult) -> bytes:
        return dumps(result).encode("utf-8")
