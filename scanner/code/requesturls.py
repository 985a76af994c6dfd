r"""Requests sent straight to a plain-http address, whatever the HTTP client. The insecure_transport rules know each
client's call shape; a client they have never met (`niquests.post(SMS_GATEWAY, data={...})`, `got.post(\`${CLUB_OFFICE}
/new-members\`, ...)`, `http.Post(cab, ...)` after `cab = "http://..."`) or an address kept in a constant, an
environment read with a written default, a setting or a constant of another module (`from .http import
REGISTRY_BASE`) escapes them. Here any call named like a request (post, put, patch, request, send, fetch, Post,
NewRequest, postForEntity, wp_remote_post, urlopen...) has its address argument followed: the literal, or the base a
template, concatenation or format string starts with, judged like a setting (scanner.code.settingvalue), then a
module-level constant of the same project of that name. A request whose address comes to a non-local `http://` URL
and whose statement (or a payload variable built just above) names personal or card data is reported
(`personal-data-to-plain-http-url`, category insecure_transport) at the request, and the line that writes the address
out (the setting, or a module constant) as the line to change (`plain-http-address-setting`). Test code is left out:
its requests go to fixtures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from scanner.code.clients import RISK, TRANSPORT_META, personal
from scanner.code.configvalues import CODE, LOCAL, Settings
from scanner.code.filelines import FileLines
from scanner.code.messages import COMMENT, TEST
from scanner.code.semgrep import Match
from scanner.code.settingvalue import Judge, expression_at

RULE = "personal-data-to-plain-http-url"
SETTING_RULE = "plain-http-address-setting"
_CALL = re.compile(r"(?<![\w$])(?P<verb>post|put|patch|request|send|fetch|Post|PostForm|Put|Patch|Do|NewRequest|"
                   r"NewRequestWithContext|postForEntity|postForObject|exchange|post_json|postJson|post_form|"
                   r"wp_remote_post|wp_remote_request|urlopen|Request|post_async|postAsync)\s*\(")
# the request's method or context given before its address: `request("POST", url)`, `NewRequest(ctx, ...)`
_BEFORE_URL = re.compile(r"""^(?:['"`:]?(?i:get|post|put|patch|delete|head|options)['"`]?|(?:http\.)?Method\w+|"""
                         r"""HttpMethod\.\w+|Method\.\w+|ctx|context\.\w+\(\)|r\.Context\(\)|\w*[Cc]tx)$""")
# an address built from a base: f"{BASE}/x", `${BASE}/x`, "#{BASE}/x", "{$base}/x", BASE + "/x", $base . '/x'
_TEMPLATE_BASE = re.compile(r"""^[fF]?['"`](?:\$\{|#\{|\{\$?)\s*(?P<ref>[^}\s]+?)\s*\}""")
_CONCAT_BASE = re.compile(r"""^(?P<ref>[^'"`\s+.][^+]*?|\$[\w>-]+(?:->\w+)*)\s*(?:\+|\s\.\s)""")
_PHP_VAR = re.compile(r"""^"\$(?P<ref>\w+(?:->\w+)*)""")
_FORMAT = re.compile(r"""^(?:fmt\.Sprintf|String\.format|sprintf|format)\s*\(\s*['"](?P<fmt>[^'"]*)['"]\s*,\s*(?P<arg>[^,)]+)""")
_WRAP = re.compile(r"""^(?:new\s+)?(?:URI\.create|URI\.parse|URI|URL|url\.Parse|urlparse|Addressable::URI\.parse|"""
                   r"""HttpUrl\.parse|urljoin|URI\.join|str|String|toString)\s*\((?P<inner>.+)\)$""")
# module-level constants: `BASE = ...`, `const BASE = ...`, `export const`, `static final String BASE = ...`, `BASE := `
_CONSTANT = re.compile(r"""^(?:export\s+)?(?:(?:const|let|var|val)\s+|(?:(?:public|private|protected|static|final)\s+)+"""
                       r"""[\w<>]+\s+)?(?P<name>[A-Z][A-Z0-9_]{2,})\s*(?::\s*[\w.]+\s*)?(?::=|=(?![=>]))\s*(?P<value>.+?)"""
                       r"""\s*;?\s*$""")
_IMPORTED = re.compile(r"^[A-Z][A-Z0-9_]{2,}$")


@dataclass(frozen=True)
class Constant:
    path: Path
    line: int
    value: str


@dataclass
class RequestUrls:
    """Request calls and module-level constants of the scanned sources, gathered file by file."""

    calls: list[tuple[Path, str]] = field(default_factory=list)  # files with a request call: path, project
    constants: dict[tuple[str, str], list[Constant]] = field(default_factory=dict)  # (project, name)

    def observe(self, rel: str, path: Path, text: str, project: str) -> None:
        if not rel.endswith(CODE) or TEST.search(rel):
            return
        if "http" in text:
            for no, line in enumerate(text.splitlines(), 1):
                c = _CONSTANT.match(line)
                if c:
                    self.constants.setdefault((project, c.group("name")), []).append(Constant(path, no, c.group("value")))
        if _CALL.search(text):
            self.calls.append((path, project))

    def _url(self, expr: str, judge: Judge, files: FileLines, depth: int = 0,
             written: list[tuple[Path, int, str]] | None = None) -> str | None:
        """The address an expression comes to, or None when it cannot be followed; `written` collects the lines
        that write it out (settings, module constants): the lines to change."""
        e = expr.strip()
        if depth > 4 or not e:
            return None
        if re.match(r"""^[fF]?['"`]https?://""", e):
            return e.lstrip("fF").strip("'\"`")
        if m := _WRAP.match(e):
            return self._url(expression_at(m.group("inner"), 0)[0], judge, files, depth + 1, written)
        if m := _FORMAT.match(e):
            fmt = m.group("fmt")
            if fmt.startswith("http"):
                return fmt
            return self._url(m.group("arg"), judge, files, depth + 1, written) if fmt.startswith("%") else None
        m = _TEMPLATE_BASE.match(e) or _PHP_VAR.match(e) or _CONCAT_BASE.match(e)
        ref = m.group("ref") if m else e
        value = judge.raw(ref, 0)
        name = re.sub(r"^(?:\$|self\.|this\.|static::|self::)", "", ref)
        if value is not None:
            if written is not None:
                hops = [(h.path, h.line, h.key) for h in judge.hops if "http://" in h.value]
                # (a constant of the request's own module: `SMS_GATEWAY = "http://..."` above the function)
                own = [(c.path, c.line, name) for c in self.constants.get((judge.project, name), [])
                       if "http://" in c.value and files.lines(c.path) is judge.lines]
                written.extend(hops or own)
            return value if "://" in value else None
        if _IMPORTED.match(name):
            found = self.constants.get((judge.project, name), [])
            values = {self._constant(c, judge, files, depth) for c in found}
            if len(values) == 1:
                if written is not None and len(found) == 1:
                    c = found[0]
                    local: list[tuple[Path, int, str]] = []
                    self._constant(c, judge, files, depth, local)
                    written.extend(local or [(c.path, c.line, name)])
                return values.pop()
        return None

    def _constant(self, c: Constant, judge: Judge, files: FileLines, depth: int,
                  written: list[tuple[Path, int, str]] | None = None) -> str | None:
        """A constant's value, judged in its own file."""
        return self._url(c.value, Judge(judge.settings, judge.project, files.lines(c.path), c.line), files, depth + 1,
                         written)

    def matches(self, settings: Settings, files: FileLines) -> tuple[Match, ...]:
        out: list[Match] = []
        seen: set[tuple[Path, int]] = set()
        for path, project in self.calls:
            lines = files.lines(path)
            for i, line in enumerate(lines):
                if COMMENT.match(line):
                    continue
                for m in _CALL.finditer(line):
                    written: list[tuple[Path, int, str]] = []
                    url = self._address(Judge(settings, project, lines, i + 1), i, m.end(), files, written)
                    if url and url.startswith("http://") and not LOCAL.match(url) and personal(lines, i, m.start()):
                        out.append(Match(RULE, path, i + 1, i + 1, m.start() + 1,
                                         f"Personal or card data is sent to {url} over plain http ({m.group('verb')}). "
                                         f"{RISK}", "high", TRANSPORT_META))
                        # where the address is written out (a setting, a constant) is the line to change
                        for where, no, key in written:
                            if (where, no) not in seen and (where, no) != (path, i + 1):
                                seen.add((where, no))
                                out.append(Match(SETTING_RULE, where, no, no, 1,
                                                 f"This setting ({key}) gives a request that sends personal data the "
                                                 f"plain-http address {url}. {RISK}", "high", TRANSPORT_META))
                        break
        return tuple(out)

    def _address(self, judge: Judge, i: int, start: int, files: FileLines,
                 written: list[tuple[Path, int, str]]) -> str | None:
        """The address argument of the call opened at `start` on line i: its first argument, or the next one after a
        method or context."""
        lines = judge.lines
        text = lines[i] if start < len(lines[i].rstrip()) else lines[i] + " " + (lines[i + 1] if i + 1 < len(lines) else "")
        first, end = expression_at(text, start)
        arg = first
        if _BEFORE_URL.match(first) and end == ",":
            arg = expression_at(text, text.index(first, start) + len(first) + 1)[0]
        if not arg:
            return None
        return self._url(arg, judge, files, written=written)


__all__ = ["RULE", "SETTING_RULE", "RequestUrls"]
