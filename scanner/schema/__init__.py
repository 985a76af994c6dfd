"""The public contract of result.json: a JSON Schema generated from scanner.model by `python -m
scanner.schema`, committed as result.schema.json and checked against the model by the tests, so the
two cannot drift apart."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any

from scanner import model
from scanner.serde import _hints

SCHEMA_FILE = Path(__file__).resolve().parent / "result.schema.json"
SCHEMA_ID = "https://compliance-scanner.invalid/schema/result-1.json"


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [_type_schema(a, defs) for a in typing.get_args(tp)]
        return {"anyOf": options}
    if origin is typing.Literal:
        return {"enum": list(typing.get_args(tp))}
    if origin is tuple:
        (inner, *_rest) = typing.get_args(tp)
        return {"type": "array", "items": _type_schema(inner, defs)}
    if origin is dict:
        return {"type": "object"}
    if tp is type(None):
        return {"type": "null"}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if tp is Any:
        return {}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            defs[name] = _object_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no schema for {tp!r}")


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = _hints(cls)
    props = {f.name: _type_schema(hints[f.name], defs) for f in dataclasses.fields(cls)}
    out: dict[str, Any] = {"type": "object", "properties": props, "required": list(props), "additionalProperties": True}
    if cls.__doc__ and not cls.__doc__.startswith(cls.__name__ + "("):
        out["description"] = " ".join(cls.__doc__.split())
    return out


@cache
def build_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    root = _object_schema(model.ScanResult, defs)
    root["properties"]["schema_version"] = {"const": model.SCHEMA_VERSION}
    root["properties"]["code_findings"]["items"] = {"allOf": [{"$ref": "#/$defs/CodeFinding"}, {
        "properties": {"category": {"enum": list(model.CODE_CATEGORIES)}}}]}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            "title": "compliance-scanner result", **root, "$defs": dict(sorted(defs.items()))}


def schema_text() -> str:
    return json.dumps(build_schema(), indent=2) + "\n"


def validate(data: Any) -> None:
    """Raise jsonschema.ValidationError when data is not a valid result."""
    import jsonschema

    jsonschema.validate(data, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
