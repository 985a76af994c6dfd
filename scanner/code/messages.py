r"""Personal data written into exception messages and audit records, in any language. Two ways personal data reaches a
log that the logger rules do not see: an exception whose message is built from it (`raise BookingConflict(f"...
{student.email}")`, `throw new DuplicateCustomerException("... " + body.email())`, `raise Clash, "#{c.phone} ..."`,
`throw new ConflictError(\`client ${input.email} ...\`)`), which the framework's or the app's error handler logs
with its message; and the app's own audit helper (`audit("client.create", id, {email: ...})`,
`AuditLog.record(:created, email: c.email)`, `logging.Audit(ctx, ..., map[string]any{"email": h.Email})`,
`audit.record(...)`), which writes a log of its own. A statement of either kind is reported (`personal-data-in-
exception-message`, `personal-data-to-audit-log`, category pii_logging) when a value in it (code, or an
interpolation inside a string: not the words of the message, a constant or a message catalogue's entry) is named for
personal data in the shared vocabulary (e-mail, phone, name, address, national id, birth date). Validation, HTTP and
not-found errors answer the client and are left out; so is test code, whose exceptions are assertions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from scanner.code.configvalues import CODE
from scanner.code.semgrep import Match
from scanner.code.vocabulary import classify

EXCEPTION_RULE = "personal-data-in-exception-message"
AUDIT_RULE = "personal-data-to-audit-log"
_PERSONAL = {"email", "phone", "person_name", "postal_address", "national_id", "date_of_birth"}
# (validation and HTTP errors answer the client that sent the value: 4xx responses are not logged by default)
_THROW = re.compile(r"(?:^\s*|[:){]\s*)(?P<kw>(?:raise\s+|throw\s+new\s+)(?![\w.:\\]*(?i:validation|invalid|valueerror|badrequest|"
                    r"formerror|http|notfound|responsestatus))[\w.:\\]+\s*[(,])")
_AUDIT = re.compile(r"(?<![\w$])(?:[\w$]+(?:\.|->|::)){0,3}?(?:(?P<f>[Aa]udit\w*)|(?P<r>\w*[Aa]udit\w*)(?:\.|->|::)\w+)\s*\(")
DEFINITION = re.compile(r"^\s*(?:(?:public|private|protected|static|async|export)\s+)*(?:def|func|function|fn|sub)\b|"
                         r"^\s*(?:(?:public|private|protected|static|final)\s+)+[\w<>\[\], ?]+\s+\w+\s*\(")
TEST = re.compile(r"(?:^|/)(?:tests?|spec|specs|__tests__|testdata)/|(?:_test\.go|_spec\.rb|\.(?:test|spec)\.[jt]sx?|Test\.java)$"
                   r"|(?:^|/)test_\w+\.py$")
# a line that is a comment, in any of the languages read (prose about an e-mail is no value)
COMMENT = re.compile(r"^\s*(?:#|//|\*|/\*)")
STRING = re.compile(r""""(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`""")
INTERPOLATION = re.compile(r"\$\{([^}]*)\}|#\{([^}]*)\}|\{\$?([^{}]*)\}|(\$\w+(?:->\w+)*)")
_CATALOGUE = re.compile(r"(?i)^(?:\w*messages?|msgs?|i18n|strings|errors?|\w*codes?|tpl|texts?|labels?)$")
_CHAIN = re.compile(r"[A-Za-z_$][\w$]*(?:(?:\.|->|\?->|::)[A-Za-z_]\w*(?:\(\))?)*")


def _values(text: str) -> list[tuple[int, str]]:
    """The code of a statement and the interpolations inside its strings (with their offsets), without the strings'
    own words."""
    parts: list[tuple[int, str]] = []
    pos = 0
    for m in STRING.finditer(text):
        parts.append((pos, text[pos:m.start()]))
        for i in INTERPOLATION.finditer(m.group(0)):
            k = next((k for k, g in enumerate(i.groups(), 1) if g), 0)
            if k:
                parts.append((m.start() + i.start(k), i.group(k)))
        pos = m.end()
    parts.append((pos, text[pos:]))
    return parts


def personal(text: str) -> int | None:
    """Where the first value of the statement named for personal data is: a field (`student.email`,
    `$customer->name`, `body.email()`) or a variable (`email`); None when there is none."""
    for at, part in _values(text):
        for chain in _CHAIN.finditer(part):
            words = [w for w in re.split(r"\.|->|\?->|::|\(\)", chain.group(0).lstrip("$")) if w]
            if not words:
                continue
            last = words[-1]
            # a constant or a message catalogue's entry names a text, not a value (MESSAGES.MISSING_RECIPIENT_EMAIL,
            # messages.noUserWithEnteredEmailAddr, OrderErrorCode.ORDER_NO_SHIPPING_ADDRESS)
            if last.isupper() or any(_CATALOGUE.search(w) for w in words[:-1]):
                continue
            names = {last} | ({f"{words[-2]}_{last}"} if len(words) > 1 else set())
            if any(classify(n) & _PERSONAL for n in names):
                return at + chain.start()
    return None


def statement(lines: list[str], i: int, col: int) -> str:
    """From a call's name to its closing bracket (at most 8 lines)."""
    text = "\n".join([lines[i][col:], *lines[i + 1:i + 8]])
    depth, opened = 0, False
    for k, ch in enumerate(text):
        if ch in "([{":
            depth, opened = depth + 1, True
        elif ch in ")]}":
            depth -= 1
            if opened and depth <= 0:
                return text[:k + 1]
        elif ch == "\n" and not opened:
            return text[:k]
    return text


@dataclass
class Messages:
    found: list[Match] = field(default_factory=list)

    def observe(self, rel: str, path: Path, text: str) -> None:
        if not rel.endswith(CODE) or TEST.search(rel) or not re.search(r"raise|throw|[Aa]udit", text):
            return
        lines = text.splitlines()
        for i, line in enumerate(lines):
            if COMMENT.match(line) or DEFINITION.match(line):
                continue
            throw = _THROW.search(line)
            audit = None if throw else _AUDIT.search(line)
            if throw or audit:
                col = throw.start("kw") if throw else audit.end() - 1 if audit else 0
                said = statement(lines, i, col)
                at = personal(said)
                if at is not None:  # reported where the personal value is written in
                    no = i + 1 + said.count("\n", 0, at)
                    self.found.append(Match(EXCEPTION_RULE if throw else AUDIT_RULE, path, no, no, 1,
                                            _EXCEPTION if throw else _AUDITED, "medium", _META))


_EXCEPTION = ("Personal data is written into an exception message, which error handlers and frameworks log with it "
              "(GDPR Art. 5(1)(c), 32). Put an id in the message and keep the personal data out.")
_AUDITED = ("Personal data is written to an audit log. Record who acted and on what by id; keep e-mail addresses, "
            "names and contact details out of the log (GDPR Art. 5(1)(c), 32).")
_META = {"category": "pii_logging", "cwe": ["CWE-532: Insertion of Sensitive Information into Log File"],
         "owasp": ["A09:2021 - Security Logging and Monitoring Failures"], "regulation": ["GDPR Art. 5(1)(c)",
         "GDPR Art. 32"], "claims": ["logs_personal_data"], "confidence": "MEDIUM", "severity_level": "medium"}

__all__ = ["AUDIT_RULE", "COMMENT", "DEFINITION", "EXCEPTION_RULE", "INTERPOLATION", "STRING", "TEST", "Messages",
           "personal", "statement"]
