r"""Personal data written into exception messages and audit records, in any language. Two ways personal data reaches a
log that the logger rules do not see: an exception whose message is built from it (`raise BookingConflict(f"...
{student.email}")`, `throw new DuplicateCustomerException("... " + body.email())`, `raise Clash, "#{c.phone} ..."`,
`throw new ConflictError(\`client ${input.email} ...\`)`), which the framework's or the app's error handler logs
with its message; and the app's own audit helper (`audit("client.create", id, {email: ...})`,
`AuditLog.record(:created, email: c.email)`, `logging.Audit(ctx, ..., map[string]any{"email": h.Email})`,
`audit.record(...)`, or a person's whole record: `Audit.record("patron.created", patron)`), which writes a log of its
own. A statement of either kind is reported (`personal-data-in-
exception-message`, `personal-data-to-audit-log`, category pii_logging) when a value in it (code, or an
interpolation inside a string: not the words of the message, a constant or a message catalogue's entry) is named for
personal data in the shared vocabulary (e-mail, phone, name, address, national id, birth date); one holding a card
number or security code (`card['number']`, `card.cardNumber()`, a bare `number` beside the word "card") is also
reported as `card-data-in-exception-message` (card_data_logging). An exception class whose constructor builds its
message from such values (`super("Declined for " + email)`, `parent::__construct(...)`, `new self("...")`) is
reported there only when no handler of the project logs the class (scanner.code.caught reports the handler's log
call instead); the classes found either way are kept for that pass. Validation, HTTP and
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
CARD_RULE = "card-data-in-exception-message"
_PERSONAL = {"email", "phone", "person_name", "postal_address", "national_id", "date_of_birth"}
# (validation and HTTP errors answer the client that sent the value: 4xx responses are not logged by default)
_THROW = re.compile(r"(?:^\s*|[:){]\s*)(?P<kw>(?:raise\s+|throw\s+new\s+)(?![\w.:\\]*(?i:validation|invalid|valueerror|badrequest|"
                    r"formerror|http|notfound|responsestatus))[\w.:\\]+\s*[(,])"
                    # Go's errors carry their message up to whoever logs them
                    r"|(?<![\w.])(?P<go>fmt\.Errorf|errors\.New)\s*\(")
_AUDIT = re.compile(r"(?<![\w$])(?:[\w$]+(?:\.|->|::)){0,3}?(?:(?P<f>[Aa]udit\w*)|(?P<r>\w*[Aa]udit\w*)(?:\.|->|::)\w+)\s*\(")
DEFINITION = re.compile(r"^\s*(?:(?:public|private|protected|static|async|export)\s+)*(?:def|func|function|fn|sub)\b|"
                         r"^\s*(?:(?:public|private|protected|static|final)\s+)+[\w<>\[\], ?]+\s+\w+\s*\(")
TEST = re.compile(r"(?:^|/)(?:tests?|spec|specs|__tests__|testdata)/|(?:_test\.go|_spec\.rb|\.(?:test|spec)\.[jt]sx?|Test\.java)$"
                   r"|(?:^|/)test_\w+\.py$")
# a line that is a comment, in any of the languages read (prose about an e-mail is no value)
COMMENT = re.compile(r"^\s*(?:#|//|\*|/\*)")
STRING = re.compile(r""""(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`""")
INTERPOLATION = re.compile(r"\$\{([^}]*)\}|#\{([^}]*)\}|\{\$?([^{}]*)\}|(\$\w+(?:->\w+)*)")
# an argument that is a record whole: `patron`, `$player->cast()`, `user.to_h`, `$customer->toArray()`
_WHOLE_RECORD = re.compile(r"(?<![\w.$>])\$?([A-Za-z_]\w*)(?:\s*(?:->|\.)\s*(?:cast|toArray|to_h|as_json|attributes|"
                           r"getAttributes)\s*(?:\(\s*\))?)?\s*(?=[,)])")
_CUES = re.compile(r"raise|throw|[Aa]udit|Errorf|errors\.New|super|parent::__construct|new (?:self|static)\b")
_CLASS = re.compile(r"\bclass\s+(\w+)")
_EXCEPTION_BASE = re.compile(r"\s*(?:\(\s*[\w.]*|<\s*[\w:]*|extends\s+[\w\\.]*)(?:Exception|Error)\w*\b")
_SUPER = re.compile(r"(?<![\w.$])(?:super\s*\(\s*\)\s*\.\s*__init__|super|parent::__construct|new\s+(?:self|static))\s*\(")
_CATALOGUE = re.compile(r"(?i)^(?:\w*messages?|msgs?|i18n|strings|errors?|\w*codes?|tpl|texts?|labels?)$")
_CHAIN = re.compile(r"[A-Za-z_$][\w$]*(?:(?:\.|->|\?->|::)[A-Za-z_]\w*(?:\(\))?|\[\s*['\":]?\w+['\"]?\s*\])*")
_CARD = {"card_number", "security_code"}
_SUBSCRIPT = re.compile(r"""\[\s*(?:(?P<q>['"])(?P<k>\w+)(?P=q)|:(?P<k2>\w+))\s*\]""")
_MASKING = re.compile(r"(?i)[\w.:>-]*(?:mask|redact|hash|sha\d|md5|digest|encrypt|tokeni[sz]e|last_?4|last_?four|truncat)\w*\s*\(")
_CHANGES = {"saved_changes", "previous_changes", "changes", "changes_to_save", "changed_attributes", "getChanges", "getDirty",
            "getOriginal"}
# a bare number read beside the word "card" is the card's: "declined for card #{number}"
_BARE_NUMBER = {"number", "num", "no", "nr"}
_CARD_WORD = re.compile(r"(?i)card")


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


def _masked(text: str) -> str:
    """The text with the arguments of masking and hashing calls blanked (`AuditLog::maskPan($plan->cardNumber)`),
    offsets and line breaks kept."""
    for m in _MASKING.finditer(text):
        depth, k = 0, m.end() - 1
        for k in range(m.end() - 1, len(text)):
            depth += (text[k] == "(") - (text[k] == ")")
            if depth == 0:
                break
        text = text[:m.end()] + re.sub(r"[^\n]", " ", text[m.end():k]) + text[k:]
    return text


def personal(text: str, kinds: set[str] = _PERSONAL) -> int | None:
    """Where the first value of the statement named for personal data (or the given `kinds`) is: a field
    (`student.email`, `$customer->name`, `body.email()`, `card['number']`) or a variable (`email`); None when there
    is none."""
    card = kinds is _CARD and _CARD_WORD.search(text) is not None
    # a quoted or symbol key read as a field (`$data['email']`, `params[:phone]` -> `.email`): the key is a name, not
    # a string of the message (line breaks keep their order, so the line of a value stays right)
    text = _masked(_SUBSCRIPT.sub(lambda m: "." + (m.group("k") or m.group("k2")), text))
    for at, part in _values(text):
        for chain in _CHAIN.finditer(part):
            words = [w for w in re.split(r"\.|->|\?->|::|\(\)|\[\s*['\":]?|['\"]?\s*\]", chain.group(0).lstrip("$")) if w]
            if not words:
                continue
            last = words[-1]
            # a constant or a message catalogue's entry names a text, not a value (MESSAGES.MISSING_RECIPIENT_EMAIL,
            # messages.noUserWithEnteredEmailAddr, OrderErrorCode.ORDER_NO_SHIPPING_ADDRESS)
            if last.isupper() or any(_CATALOGUE.search(w) for w in words[:-1]):
                continue
            names = {last} | ({f"{words[-2]}_{last}"} if len(words) > 1 else set())
            bare = card and len(words) == 1 and last.lower() in _BARE_NUMBER and not part[chain.end():].lstrip().startswith("(")
            if any(classify(n) & kinds for n in names) or bare:
                return at + chain.start()
            # what changed on a person's record: `patron.saved_changes`, `$customer->getChanges()`
            if kinds is _PERSONAL and last in _CHANGES and len(words) > 1 and "person_object" in classify(words[-2]):
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
    # exception classes raised with card data in their message, and those raised with other personal data, each with
    # the files that raise it (a class name is common: each project's handlers answer for its own classes)
    carrying: dict[str, set[Path]] = field(default_factory=dict)
    personal_carrying: dict[str, set[Path]] = field(default_factory=dict)
    # messages built by an exception class's constructor, by class: reported unless a handler logs the class
    constructed: list[tuple[str, Match]] = field(default_factory=list)

    def matches(self, logged: set[str]) -> tuple[Match, ...]:
        """The findings, with a constructor's message left to the handlers that log its class (`logged`)."""
        return tuple(self.found) + tuple(m for name, m in self.constructed if name not in logged)

    def observe(self, rel: str, path: Path, text: str) -> None:
        if not rel.endswith(CODE) or TEST.search(rel) or not _CUES.search(text):
            return
        lines = text.splitlines()
        exception: str | None = None  # the exception class being declared, if the lines are in one
        for i, line in enumerate(lines):
            if declared := _CLASS.search(line):
                exception = declared.group(1) if _EXCEPTION_BASE.match(line, declared.end()) else None
            if COMMENT.match(line) or DEFINITION.match(line):
                continue
            throw = _THROW.search(line)
            # an exception class's constructor writes its message: `super("Declined for " + email)`
            base = _SUPER.search(line) if exception and not throw else None
            name = exception if base else re.findall(r"\w+", throw.group("kw"))[-1] if throw and throw.group("kw") else None
            audit = None if throw or base else _AUDIT.search(line)
            if base:
                col = base.end() - 1
                said = statement(lines, i, col)
                card = personal(said, _CARD)
                # (a card's holder named beside the card goes with the card finding)
                at = personal(said, _PERSONAL - {"person_name"} if card is not None else _PERSONAL)
                if card is not None:
                    no = i + 1 + said.count("\n", 0, card)
                    self.constructed.append((str(name), Match(CARD_RULE, path, no, no, 1, _CARD_MESSAGE, "high", _CARD_META)))
                    self.carrying.setdefault(str(name), set()).add(path)
                if at is not None:
                    no = i + 1 + said.count("\n", 0, at)
                    self.constructed.append((str(name), Match(EXCEPTION_RULE, path, no, no, 1, _EXCEPTION, "medium", _META)))
                    self.personal_carrying.setdefault(str(name), set()).add(path)
            elif throw or audit:
                col = throw.start(throw.lastgroup or 0) if throw else audit.end() - 1 if audit else 0  # (kw or go)
                # `raise Declined, "... #{number}"`: the message is the rest of the line, braces of its interpolations
                # included
                said = lines[i][col:] if throw and (throw.group("kw") or "").endswith(",") else statement(lines, i, col)
                at = personal(said)
                if at is None and audit:  # a person's whole record handed to the audit helper
                    at = next((r.start(1) for r in _WHOLE_RECORD.finditer(said)
                               if "person_object" in classify(r.group(1))), None)
                if at is not None:  # reported where the personal value is written in
                    no = i + 1 + said.count("\n", 0, at)
                    self.found.append(Match(EXCEPTION_RULE if throw else AUDIT_RULE, path, no, no, 1,
                                            _EXCEPTION if throw else _AUDITED, "medium", _META))
                    if name:
                        self.personal_carrying.setdefault(name, set()).add(path)
                # (an audit helper may mask what it is given: only exception messages are read for card data)
                at = personal(said, _CARD) if throw else None
                if at is not None:
                    no = i + 1 + said.count("\n", 0, at)
                    self.found.append(Match(CARD_RULE, path, no, no, 1, _CARD_MESSAGE, "high", _CARD_META))
                    if name:
                        self.carrying.setdefault(name, set()).add(path)


_EXCEPTION = ("Personal data is written into an exception message, which error handlers and frameworks log with it "
              "(GDPR Art. 5(1)(c), 32). Put an id in the message and keep the personal data out.")
_CARD_MESSAGE = ("A card number or security code is written into an exception message or an audit record, which is "
                 "logged with it (PCI DSS 3.3.2, 3.4.1, 10.3). Name the charge or the token in the message instead.")
_CARD_META = {"category": "card_data_logging", "cwe": ["CWE-532: Insertion of Sensitive Information into Log File"],
              "owasp": ["A09:2021 - Security Logging and Monitoring Failures"],
              "regulation": ["PCI DSS v4.0 req. 3.3.2", "PCI DSS v4.0 req. 3.4.1", "PCI DSS v4.0 req. 10.3"],
              "claims": ["logs_personal_data", "stores_full_card_number", "stores_card_security_code"],
              "confidence": "MEDIUM", "severity_level": "high"}
_AUDITED = ("Personal data is written to an audit log. Record who acted and on what by id; keep e-mail addresses, "
            "names and contact details out of the log (GDPR Art. 5(1)(c), 32).")
_META = {"category": "pii_logging", "cwe": ["CWE-532: Insertion of Sensitive Information into Log File"],
         "owasp": ["A09:2021 - Security Logging and Monitoring Failures"], "regulation": ["GDPR Art. 5(1)(c)",
         "GDPR Art. 32"], "claims": ["logs_personal_data"], "confidence": "MEDIUM", "severity_level": "medium"}

__all__ = ["AUDIT_RULE", "CARD_RULE", "COMMENT", "DEFINITION", "EXCEPTION_RULE", "INTERPOLATION", "STRING", "TEST", "Messages",
           "personal", "statement"]
