"""How a request in a file relates to the code around it, for scanner.code.vendorcalls: the factory a client name
was taken from (`async with delighted_client() as client:`), the type a request's receiver belongs to (a Go method's
receiver `t` in `func (t *Teamleader) call(...)`, a member inside `class NutshellClient`), and the file's own
functions that send what they are given (`def rpc(method, params)` posting `params` to the vendor), whose callers'
arguments are then the payload (`rpc("newContact", contact: contact)` with `contact[:email] = customer.email` built
above it). Text only, in any of the languages read; a function is known by its head line and a type by the nearest
Go receiver or class declaration above.
"""

from __future__ import annotations

import re

from scanner.code.chains import blank, call_end, strings, values
from scanner.code.clients import ALIAS
from scanner.code.messages import COMMENT, DEFINITION
from scanner.code.payloads import payload_line

_HEAD = re.compile(r"^\s*(?:(?:public|private|protected|static|async|export|final)\s+)*(?:def|function|func|fn)\s+"
                   r"(?:\([^)]*\)\s*)?(?:self\.)?(\w+)\s*\(([^)]*)\)|^\s*(?:(?:public|private|protected|static|final)\s+)+"
                   r"[\w<>\[\], ?]+\s+(\w+)\s*\(([^)]*)\)")
_NOT_PARAM = {"self", "this", "ctx", "context", "c", "cls", "method", "action", "path", "url", "endpoint", "verb"}


def _enclosing(lines: list[str], i: int) -> tuple[int, str, list[str]] | None:
    """(line, name, parameter names) of the function whose body holds line i (within 40 lines above)."""
    for j in range(i, max(-1, i - 40), -1):
        head = _HEAD.match(lines[j])
        if head:
            params = head.group(2) if head.group(1) else head.group(4)
            names = [n for p in params.split(",") if (n := _param_name(p)) and n not in _NOT_PARAM]
            return (j, head.group(1) or head.group(3), names) if names else None
    return None


def _param_name(param: str) -> str | None:
    """A parameter's name in any of the languages: `params`, `payload: dict`, `array $data`, `body any` (Go: the name
    first), `Object body` (Java: the type first)."""
    p = re.sub(r"=.*$", "", param).strip().lstrip("*&")
    if "$" in p:
        named = re.search(r"\$(\w+)", p)
        return named.group(1) if named else None
    words: list[str] = re.findall(r"[A-Za-z_]\w*", p.split(":")[0])
    if not words:
        return None
    java = p[0].isupper() or words[0] in ("int", "long", "boolean", "double", "float", "byte", "short", "char", "final")
    return words[-1] if java else words[0]


def _built_from(lines: list[str], start: int, i: int, name: str) -> bool:
    """Whether, between a function's head and line i, a variable is built from the parameter `name` (`query = {...}
    .merge(params)`)."""
    return any(re.search(rf"(?<![\w$.])\$?{re.escape(name)}\b", text) and re.search(r"(?::=|=(?![=>]))", text)
               for text in lines[start + 1:i])


_GO_METHOD = re.compile(r"^func\s*\(\s*(\w+)\s+\*?(\w+)\s*\)")
_CLASS = re.compile(r"^\s*(?:(?:export|public|final|abstract|default)\s+)*class\s+(\w+)")
_MEMBER = re.compile(r"^(?:self\.|this\.|\$this->|@)")


def owner(lines: list[str], i: int, chain: str) -> str:
    """The type a request's receiver belongs to, when it is the object's own: a Go method's receiver (`t.client.Do`
    in `func (t *Teamleader) call(...)`), or a member (`self.`, `this.`, `$this->`, `@`) inside a class
    (`class NutshellClient`); else ""."""
    for j in range(i, max(-1, i - 200), -1):
        go = _GO_METHOD.match(lines[j])
        if go:
            return go.group(2) if re.match(rf"{go.group(1)}\s*\.", chain) else ""
        cls = _CLASS.match(lines[j])
        if cls:
            return cls.group(1) if _MEMBER.match(chain) else ""
    return ""


def _type_of(lines: list[str], i: int) -> str:
    """The class, or Go receiver type, the code at line i belongs to ("" at top level)."""
    for j in range(i, -1, -1):
        found = _GO_METHOD.match(lines[j]) or _CLASS.match(lines[j])
        if found:
            return found.group(found.lastindex or 1)
        if j < i and re.match(r"^(?:func|def|function)\b", lines[j]):
            return ""  # a top-level function: no type
    return ""


def helper_calls(lines: list[str], requests: list[tuple[int, str]]) -> list[tuple[int, set[int]]]:
    """(personal line, lines) of the calls, in the file, to its own functions that send what they are given to a
    vendor (`def rpc(method, params)` posting `params` through the vendor's client; `rpc("newContact", contact:
    contact)` with `contact[:email] = customer.email` above): the call's arguments are the payload. `requests`: the
    file's vendor requests (line, arguments)."""
    helpers: dict[tuple[str, str], int] = {}  # (name, the class or Go type it belongs to) -> its definition's line
    for i, code in requests:
        head = _enclosing(lines, i)
        if head is not None and any(re.search(rf"(?<![\w$])\$?{re.escape(p)}\b", code) or _built_from(lines, head[0], i, p)
                                    for p in head[2]):
            helpers[(head[1], _type_of(lines, head[0]))] = head[0]
    out: list[tuple[int, set[int]]] = []
    for (name, owner), at in helpers.items():
        call = re.compile(rf"(?<![\w$]){re.escape(name)}\s*\(")
        for j, line in enumerate(lines):
            if j == at or COMMENT.match(line) or DEFINITION.match(line):
                continue
            for c in call.finditer(line) if _type_of(lines, j) == owner else ():
                text = "\n".join(lines[j:j + 15])
                end = call_end(blank(text, strings(text)), c.end() - 1)
                found = payload_line(lines, j, values(text[c.end() - 1:end]))
                if found is not None:
                    out.append(found)
    return out


def factory(lines: list[str], i: int, name: str) -> str | None:
    """The factory a client name was taken from just above (`async with delighted_client() as client:`, `c =
    crm_client()`), in the 30 lines before line i."""
    for j in range(i, max(-1, i - 30), -1):
        if name in lines[j]:
            for a in ALIAS.finditer(lines[j]):
                if (a.group("v") or a.group("v2")) == name:
                    return a.group("f") or a.group("f2")
    return None


__all__ = ["factory", "helper_calls", "owner"]
