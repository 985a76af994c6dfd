"""TLS verification turned off for one request that carries no personal or card data. The insecure_transport category
is about personal or card data in transit (PCI DSS 4.2.1, GDPR Art. 32): a client, agent, transport or context
built without certificate checks is reported wherever it is (what it will carry is decided elsewhere), but an
option that turns the check off for a single request (Guzzle/Symfony `'verify' => false` in a request's options,
`requests.post(..., verify=False)`, HTTParty `post(..., verify: false)`) is judged by that request: when the
request sends a body (json, body, form, data, ...) and nothing in the call names personal or card data (the shared
vocabulary: e-mail, phone, name, address, national id, birth date, secret, card number, security code), the match
is dropped. A body held in a variable (built elsewhere), a body value that is a lone variable (`'image' =>
$imageBase64`: its name does not say what it holds) or a request without a body (a GET whose answer may be personal
data) stays reported. Only the matched file's lines are read, once per file, and only for TLS matches.
"""

from __future__ import annotations

import re

from scanner.code.filelines import FileLines
from scanner.code.semgrep import Match
from scanner.code.vocabulary import classify

_TLS_RULE = "tls-verification-disabled-"
_PERSONAL = {"card_number", "security_code", "email", "phone", "person_name", "postal_address", "national_id",
             "date_of_birth", "secret", "card_number_bare", "security_code_bare"}
# A request call: the method or function name right before the parenthesis that encloses the TLS option.
_REQUEST = re.compile(r"(?:\b|->|\.)(?:request|post|put|patch|delete|send|fetch|urlopen|post_form|run)\s*$")
# A body in the request's options: json=, 'json' =>, body:, form_params, data=, multipart, payload.
_BODY = re.compile(r"""(?:^|[\s,(\[{])['"]?(?:json|body|data|form_params|form|multipart|payload|form_data)['"]?\s*(?:=>|[:=](?!=))""")
_LITERAL = re.compile(r"""\s*(?:[\[{'"]|array\s*\()""")
_LONE = re.compile(r"(?:=>|:)\s*\$?([A-Za-z_]\w*)\s*(?=[,\]})\n])")
_CONSTANTS = {"true", "false", "null", "none", "nil"}
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_BACK, _AHEAD = 15, 30


def _call(lines: list[str], line: int, column: int) -> str | None:
    """The text of the request call whose argument list holds the position (1-based line, column), or None when
    the position is not inside such a call."""
    first = max(0, line - 1 - _BACK)
    before = "\n".join([*lines[first:line - 1], lines[line - 1][:max(0, column - 1)]])
    depth = 0
    for i in range(len(before) - 1, -1, -1):
        ch = before[i]
        if ch in ")]}":
            depth += 1
        elif ch in "([{":
            if depth:
                depth -= 1
            elif ch == "(" and _REQUEST.search(before[max(0, i - 40):i]):
                after = "\n".join([lines[line - 1][max(0, column - 1):], *lines[line:line + _AHEAD]])
                return before[i:] + _close(after, before[i:])
    return None


def _close(after: str, opened: str) -> str:
    depth = sum(opened.count(c) for c in "([{") - sum(opened.count(c) for c in ")]}")
    for i, ch in enumerate(after):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth == 0:
                return after[:i + 1]
    return after


def keep(match: Match, lines: list[str]) -> bool:
    """Whether a TLS-off match stands: not a per-request option of a request that sends no personal data."""
    if not match.rule_id.rsplit(".", 1)[-1].startswith(_TLS_RULE) or not 0 < match.line <= len(lines):
        return True
    call = _call(lines, match.line, match.column)
    bodies = list(_BODY.finditer(call or ""))
    # a body held in a variable was built elsewhere: what it carries is not visible here
    if call is None or not bodies or any(not _LITERAL.match(call[b.end():]) for b in bodies):
        return True
    # a value that is a lone variable ('image' => $imageBase64) says nothing of what it holds
    if any(v.group(1).lower() not in _CONSTANTS for v in _LONE.finditer(call, bodies[0].end())):
        return True
    return any(classify(t) & _PERSONAL for t in set(_IDENT.findall(call)))


def gate(matches: tuple[Match, ...], files: FileLines | None = None) -> tuple[Match, ...]:
    files = files or FileLines()
    return tuple(m for m in matches if not m.rule_id.rsplit(".", 1)[-1].startswith(_TLS_RULE) or keep(m, files.lines(m.path)))


__all__ = ["gate", "keep"]
