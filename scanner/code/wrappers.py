"""The app's own modules, imported by name: `from ..integrations import woopra` (a module file there), `from
tuneline.clients import pendo` (a package of the project above the file), `import * as countly from
'./vendors/countly'`, `const crm = require('../crm')`. A call on one (`woopra.identify(guest)`) hands data to the app's
wrapper, not to a vendor's SDK: the wrapper is judged in its own file, where it sends (scanner.code.vendorcalls), and the
pii_to_third_party rules' match at the call is dropped (scanner.code.vendorurl). Files are looked up once per
importing file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from scanner.code.semgrep import Match

_PY_IMPORT = re.compile(r"^\s*from\s+(?P<dots>\.+)(?P<pkg>[\w.]*)\s+import\s+(?P<names>[\w\s,()]+)")
_PY_ABSOLUTE = re.compile(r"^\s*from\s+(?P<pkg>[A-Za-z_][\w.]*)\s+import\s+(?P<names>[\w\s,()]+)")
_JS_IMPORT = re.compile(r"""^\s*(?:import\s+\*\s+as\s+(?P<ns>\w+)\s+from|(?:const|let|var)\s+(?P<req>\w+)\s*=\s*require\()"""
                        r"""\s*['"](?:\.{1,2}/|\$lib/|@/|~/)""")


def local_modules(lines: list[str], path: Path) -> frozenset[str]:
    """The app's own modules a file imports by name: a vendor wrapper there is judged in its own file."""
    return _modules(path, tuple(line for line in lines[:80] if "import" in line or "require" in line))


@cache
def _modules(path: Path, imports: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for text in imports:
        if m := _JS_IMPORT.match(text):
            out.add(m.group("ns") or m.group("req"))
        elif m := _PY_ABSOLUTE.match(text):
            # `from tuneline.clients import pendo`: a module of a package of this project, found above the file
            bases = [up.joinpath(*m.group("pkg").split(".")) for up in list(path.parents)[:6]]
            out |= {alias for module, alias in _imported(m.group("names"))
                    if any((base / f"{module}.py").is_file() for base in bases)}
        elif m := _PY_IMPORT.match(text):
            base = _package(path, m.group("dots"))
            base = base.joinpath(*m.group("pkg").split(".")) if m.group("pkg") else base
            out |= {alias for module, alias in _imported(m.group("names"))
                    if (base / f"{module}.py").is_file() or (base / module / "__init__.py").is_file()}
    return frozenset(out)


def _package(path: Path, dots: str) -> Path:
    """The directory a Python relative import (`from .`, `from ..`) starts from: the file's package, one level up per
    extra dot."""
    base = path.parent
    for _ in range(len(dots) - 1):
        base = base.parent
    return base


def _imported(names: str) -> list[tuple[str, str]]:
    """(module, name it is bound to) of each name a Python `from ... import` line lists."""
    out = []
    for name in re.split(r"[,()]", names):
        module, _, alias = name.strip().partition(" as ")
        if module:
            out.append((module, alias.strip() or module))
    return out


def wrapper_call(lines: list[str], m: Match, own: Callable[[str, str, Path], bool] | None = None) -> bool:
    """Whether a match is an argument of a call on one of the app's own modules, or (`own(receiver, method)`) on an
    instance of one of its own client classes."""
    text = lines[m.line - 1] if 0 < m.line <= len(lines) else ""
    before = text[: m.column - 1]
    call = (re.search(r"(?<![\w$.])(?:this\.|self\.|\$this->)?([A-Za-z_]\w*)\s*(?:\.|->)\s*(\w+)\s*\([^()]*$", before)
            or re.match(r"(?:this\.|self\.|\$this->)?([A-Za-z_]\w*)\s*(?:\.|->)\s*(\w+)\s*\(", text[m.column - 1:]))
    return bool(call and (call.group(1) in local_modules(lines, m.path)
                          or (own is not None and own(call.group(1), call.group(2), m.path))))


_JS_NAMED = re.compile(r"""^\s*import\s*(?:type\s+)?\{(?P<names>[^}]*)\}\s*from\s*['"](?P<spec>\.{1,2}/[^'"]+)['"]""")


def imported_from(path: Path, lines: list[str], name: str) -> tuple[Path, str] | None:
    """The module file of the app a name is imported from by name, and its name there: `import { snap } from
    './http.js'`, `from .clients import userlist`, `from tuneline.clients import crm as hub`."""
    for text in lines[:80]:
        if "import" not in text:
            continue
        if m := _JS_NAMED.match(text):
            for part in m.group("names").split(","):
                original, _, alias = part.strip().partition(" as ")
                if (alias or original).strip() == name:
                    base = (path.parent / m.group("spec")).resolve()
                    stem = base.with_suffix("") if base.suffix in (".js", ".mjs", ".cjs") else base
                    for candidate in (base, *(stem.with_name(stem.name + s) for s in (".ts", ".js", ".tsx", ".mjs")),
                                      stem / "index.ts", stem / "index.js"):
                        if candidate.is_file():
                            return candidate, original.strip()
        elif (m := _PY_IMPORT.match(text) or _PY_ABSOLUTE.match(text)) is not None:
            for module_name, alias in _imported(m.group("names")):
                if alias != name:
                    continue
                parts = [p for p in m.group("pkg").split(".") if p]
                # relative: from the file's package; absolute: a package of this project above the file
                bases = [_package(path, m.group("dots"))] if "dots" in m.groupdict() else list(path.parents)[:6]
                for up in bases:
                    if parts and (module := up.joinpath(*parts).with_suffix(".py")).is_file():
                        return module, module_name
    return None


__all__ = ["imported_from", "local_modules", "wrapper_call"]
