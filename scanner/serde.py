"""Turns the frozen dataclasses of scanner.model into JSON-ready dicts and back. One generic codec driven by
the type hints, so adding a field to the model needs no change here; unknown keys in a saved result are
ignored on load so newer results stay readable by older renderers of the same schema version.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from scanner import model
from scanner.errors import read_user_file

T = TypeVar("T")


def to_dict(obj: Any) -> Any:
    """Plain JSON data for a model object (tuples become lists, nested dataclasses dicts)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, tuple | list):
        return [to_dict(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): to_dict(v) for k, v in obj.items()}
    return obj


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


def _convert(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(tp):
            if arg is type(None):
                continue
            return _convert(arg, value)
    if origin is tuple:
        (inner, *_rest) = typing.get_args(tp) or (Any,)
        return tuple(_convert(inner, v) for v in value)
    if origin is dict:
        return dict(value)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return from_dict(tp, value)
    return value


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Build a model object from JSON data, ignoring keys the class does not know."""
    hints = _hints(cls)  # type: ignore[arg-type]
    known = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs = {k: _convert(hints[k], v) for k, v in data.items() if k in known}
    return cls(**kwargs)


def dumps(result: model.ScanResult) -> str:
    return json.dumps(to_dict(result), indent=2, ensure_ascii=False) + "\n"


def load_result(path: Path) -> model.ScanResult:
    """Read a saved result.json; raises ValueError with the file name for anything that is not one."""
    text = read_user_file(path, "file", ValueError)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not a readable JSON result ({exc})") from None
    if not isinstance(data, dict) or "schema_version" not in data:
        raise ValueError(f"{path}: not a compliance-scanner result (no schema_version)")
    if str(data["schema_version"]) != model.SCHEMA_VERSION:
        raise ValueError(f"{path}: schema_version {data['schema_version']!r} is not {model.SCHEMA_VERSION!r}")
    try:
        return from_dict(model.ScanResult, data)
    except (TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"{path}: malformed result ({exc})") from None
